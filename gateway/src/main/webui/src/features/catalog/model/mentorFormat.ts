/** How mentors' facts read on cards and profiles. */

/** "Leila — Career Change Coach" → { name: "Leila", title: "Career Change Coach" }; a plain name has no title. */
export function splitDisplayName(displayName: string | null | undefined): { name: string; title?: string } {
  const full = (displayName ?? "").trim();
  const match = /^(.+?)\s[—–-]\s(.+)$/.exec(full);
  if (!match) return { name: full || "Mentor" };
  return { name: match[1]!.trim(), title: match[2]!.trim() };
}

/** The name to address a mentor by: "Ask Leila". */
export function firstName(displayName: string | null | undefined): string {
  return splitDisplayName(displayName).name.split(/\s+/)[0] || "mentor";
}

type Price = { amountCents?: number | null; currency?: string | null } | null | undefined;

/** "€50" / "$49.90"; a price without a currency shows the amount alone. */
export function formatPrice(price: Price, locale?: string): string | null {
  if (price?.amountCents == null) return null;
  const amount = price.amountCents / 100;
  const digits = Number.isInteger(amount) ? 0 : 2;
  const currency = price.currency?.trim().toUpperCase();
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(amount);
    } catch {
      // an unknown currency: fall through to the bare amount with its code
    }
    return `${amount.toFixed(digits)} ${currency}`;
  }
  return amount.toFixed(digits);
}

/** "45 min", "1 h", "1 h 30 min". */
export function formatMinutes(minutes: number | null | undefined): string | null {
  if (!minutes || minutes <= 0) return null;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

type Rating = { average?: number | null; count?: number | null } | null | undefined;

/** The average to one decimal, or null while a mentor has no reviews yet. */
export function ratingSummary(rating: Rating): { average: number; count: number } | null {
  const count = rating?.count ?? 0;
  const average = rating?.average;
  if (!count || average == null) return null;
  return { average: Math.round(average * 10) / 10, count };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
