/**
 * The "become a mentor" form: what a person types, checked against the same limits mentor-service applies, and
 * turned into the request body.
 */

export const LIMITS = {
  headline: { min: 10, max: 160 },
  bio: { min: 50, max: 4000 },
  expertise: { min: 1, max: 12, itemMax: 40 },
  languages: { min: 1, max: 8 },
  sessionMinutes: { min: 15, max: 240 },
  priceCents: { max: 1_000_000 },
} as const;

export const SESSION_LENGTHS = [15, 30, 45, 60, 90, 120, 180, 240] as const;
export const CURRENCIES = ["EUR", "USD", "GBP", "BRL", "CAD", "AUD", "CHF", "INR"] as const;

export const APPLICATION_FIELDS = [
  "headline",
  "bio",
  "expertise",
  "languages",
  "timeZone",
  "sessionMinutes",
  "priceCents",
  "currency",
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

export type ApplicationDraft = {
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
  timeZone: string;
  sessionMinutes: number;
  /** As typed: "50", "49.90", "" for none. */
  price: string;
  currency: string;
};

/** `existing` plus `added`: trimmed, inner spaces collapsed, blanks dropped, each entry once (ignoring case). */
export function mergeList(existing: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(existing.map((item) => item.toLowerCase()));
  const merged = [...existing];
  for (const raw of added) {
    const item = raw.replace(/\s+/g, " ").trim();
    if (!item || seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    merged.push(item);
  }
  return merged;
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: "en",
  portuguese: "pt",
  português: "pt",
  spanish: "es",
  español: "es",
  french: "fr",
  français: "fr",
  german: "de",
  deutsch: "de",
  italian: "it",
  italiano: "it",
  dutch: "nl",
  nederlands: "nl",
  polish: "pl",
  swedish: "sv",
  japanese: "ja",
  chinese: "zh",
  mandarin: "zh",
  korean: "ko",
  hindi: "hi",
  arabic: "ar",
  russian: "ru",
  turkish: "tr",
  ukrainian: "uk",
};

/** "EN", "en", "English" → "en"; null for what is not a language code or a known language name. */
export function toLanguageCode(text: string): string | null {
  const value = text.trim().toLowerCase();
  if (/^[a-z]{2,3}$/.test(value)) return value;
  return LANGUAGE_NAMES[value] ?? null;
}

/** "50" → 5000, "49.9" → 4990, "1,234.50"/"49,90" read as people write them; "" → null; NaN when not a price. */
export function parsePriceCents(text: string): number | null {
  const value = text.replace(/\s/g, "");
  if (!value) return null;
  // a comma followed by exactly two digits at the end is a decimal comma; other commas group thousands
  const normalised = /,\d{1,2}$/.test(value) && !value.includes(".") ? value.replace(/\./g, "").replace(",", ".") : value.replace(/,/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return Number.NaN;
  return Math.round(Number(normalised) * 100);
}

/** The form's own checks, with the limits the server applies; empty when the draft can be sent. */
export function validateApplication(draft: ApplicationDraft): Partial<Record<ApplicationField, string>> {
  const errors: Partial<Record<ApplicationField, string>> = {};
  const headline = draft.headline.trim();
  if (headline.length < LIMITS.headline.min || headline.length > LIMITS.headline.max) {
    errors.headline = `Write ${LIMITS.headline.min} to ${LIMITS.headline.max} characters.`;
  }
  const bio = draft.bio.trim();
  if (bio.length < LIMITS.bio.min || bio.length > LIMITS.bio.max) {
    errors.bio = `Write ${LIMITS.bio.min} to ${LIMITS.bio.max} characters (now ${bio.length}).`;
  }
  const tooLong = draft.expertise.find((item) => item.length > LIMITS.expertise.itemMax);
  if (draft.expertise.length < LIMITS.expertise.min) errors.expertise = "Add at least one field you mentor in.";
  else if (draft.expertise.length > LIMITS.expertise.max) errors.expertise = `Keep to ${LIMITS.expertise.max} fields at most.`;
  else if (tooLong) errors.expertise = `“${tooLong}” is longer than ${LIMITS.expertise.itemMax} characters.`;
  const badLanguage = draft.languages.find((code) => !/^[a-z]{2,3}$/i.test(code));
  if (draft.languages.length < LIMITS.languages.min) errors.languages = "Add at least one language.";
  else if (draft.languages.length > LIMITS.languages.max) errors.languages = `Keep to ${LIMITS.languages.max} languages at most.`;
  else if (badLanguage) errors.languages = `“${badLanguage}” is not a language code such as en.`;
  if (!draft.timeZone) errors.timeZone = "Choose your time zone.";
  if (
    !Number.isInteger(draft.sessionMinutes) ||
    draft.sessionMinutes < LIMITS.sessionMinutes.min ||
    draft.sessionMinutes > LIMITS.sessionMinutes.max
  ) {
    errors.sessionMinutes = `Choose ${LIMITS.sessionMinutes.min} to ${LIMITS.sessionMinutes.max} minutes.`;
  }
  const cents = parsePriceCents(draft.price);
  if (Number.isNaN(cents)) errors.priceCents = "Write an amount such as 50 or 49.90, or leave it empty.";
  else if (cents !== null && cents > LIMITS.priceCents.max) errors.priceCents = "That price is above the limit.";
  if (cents !== null && !Number.isNaN(cents) && !/^[A-Z]{3}$/.test(draft.currency)) errors.currency = "Choose a currency.";
  return errors;
}

/** The request body; the price and its currency go only together. */
export function toApplyBody(draft: ApplicationDraft) {
  const cents = parsePriceCents(draft.price);
  const priced = cents !== null && !Number.isNaN(cents);
  return {
    headline: draft.headline.trim(),
    bio: draft.bio.trim(),
    expertise: draft.expertise,
    languages: draft.languages.map((code) => code.toLowerCase()),
    timeZone: draft.timeZone,
    sessionMinutes: draft.sessionMinutes,
    ...(priced && { priceCents: cents, currency: draft.currency }),
  };
}
