/**
 * The persona editor's profile form: what an admin types, checked against the limits mentor-service applies
 * (PersonaResource.PersonaBody), and turned into the request body. Cards are not sent: they are curated one by one.
 */

export const PERSONA_LIMITS = {
  displayName: { max: 100 },
  headline: { min: 10, max: 160 },
  bio: { min: 50, max: 4000 },
  expertise: { min: 1, max: 12, itemMax: 40 },
  languages: { min: 1, max: 8 },
  voice: { max: 500 },
  systemPrompt: { min: 50, max: 8000 },
} as const;

export const PERSONA_FIELDS = ["id", "displayName", "headline", "bio", "expertise", "languages", "voice", "systemPrompt"] as const;
export type PersonaField = (typeof PERSONA_FIELDS)[number];
export type PersonaErrors = Partial<Record<PersonaField, string>>;

export type PersonaDraft = {
  id: string;
  displayName: string;
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
  voice: string;
  systemPrompt: string;
};

export const emptyPersona: PersonaDraft = {
  id: "",
  displayName: "",
  headline: "",
  bio: "",
  expertise: [],
  languages: ["en"],
  voice: "",
  systemPrompt: "",
};

/** An AI mentor's id as mentor-service accepts it: `ai-` and 2 to 60 lower-case letters, digits or dashes. */
export const PERSONA_ID = /^ai-[a-z0-9-]{2,60}$/;

/**
 * The id a new persona gets from its name: "Nadia — Negotiation Coach" → "ai-nadia-negotiation-coach" (accents
 * dropped, anything else a dash, at most 63 characters in all).
 */
export function personaIdFor(displayName: string): string {
  const slug = displayName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug ? `ai-${slug}` : "";
}

/** What can be told before asking the server (it checks the same). `creating`: the id is checked too. */
export function validatePersona(draft: PersonaDraft, creating: boolean): PersonaErrors {
  const errors: PersonaErrors = {};
  const L = PERSONA_LIMITS;
  if (creating && !PERSONA_ID.test(draft.id)) {
    errors.id = "Use ai- followed by 2 to 60 lower-case letters, digits or dashes, e.g. ai-negotiation.";
  }
  const name = draft.displayName.trim();
  if (!name) errors.displayName = "Give the persona a name.";
  else if (name.length > L.displayName.max) errors.displayName = `At most ${L.displayName.max} characters.`;
  errors.headline = length(draft.headline, L.headline.min, L.headline.max);
  errors.bio = length(draft.bio, L.bio.min, L.bio.max);
  if (draft.expertise.length < L.expertise.min || draft.expertise.length > L.expertise.max) {
    errors.expertise = `Add 1 to ${L.expertise.max} fields.`;
  } else {
    const long = draft.expertise.find((e) => e.length > L.expertise.itemMax);
    if (long) errors.expertise = `“${long}” is longer than ${L.expertise.itemMax} characters.`;
  }
  if (draft.languages.length < L.languages.min || draft.languages.length > L.languages.max) {
    errors.languages = `Add 1 to ${L.languages.max} languages.`;
  }
  if (draft.voice.trim().length > L.voice.max) errors.voice = `At most ${L.voice.max} characters.`;
  errors.systemPrompt = length(draft.systemPrompt, L.systemPrompt.min, L.systemPrompt.max);
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as PersonaErrors;
}

function length(text: string, min: number, max: number): string | undefined {
  const n = text.trim().length;
  if (n === 0) return "Required.";
  if (n < min) return `At least ${min} characters (now ${n}).`;
  if (n > max) return `At most ${max} characters (now ${n}).`;
  return undefined;
}

export type PersonaBody = {
  displayName: string;
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
  voice?: string;
  systemPrompt: string;
};

/** The request body: trimmed, no empty voice, and no cards (absent cards stay as they are). */
export function toPersonaBody(draft: PersonaDraft): PersonaBody {
  const voice = draft.voice.trim();
  return {
    displayName: draft.displayName.trim(),
    headline: draft.headline.trim(),
    bio: draft.bio.trim(),
    expertise: draft.expertise,
    languages: draft.languages,
    ...(voice ? { voice } : {}),
    systemPrompt: draft.systemPrompt.trim(),
  };
}

export type PersonaSource = Omit<PersonaBody, "voice"> & { id: string; voice?: string | null };

export function draftOf(persona: PersonaSource): PersonaDraft {
  return {
    id: persona.id,
    displayName: persona.displayName,
    headline: persona.headline,
    bio: persona.bio,
    expertise: [...persona.expertise],
    languages: [...persona.languages],
    voice: persona.voice ?? "",
    systemPrompt: persona.systemPrompt,
  };
}

/** Whether the form differs from what is saved (the save button and the leave warning). */
export function isDirty(draft: PersonaDraft, saved: PersonaDraft): boolean {
  return JSON.stringify(toPersonaBody(draft)) !== JSON.stringify(toPersonaBody(saved));
}
