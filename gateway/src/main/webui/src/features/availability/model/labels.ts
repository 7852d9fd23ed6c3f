import type { Day } from "./availabilityForm";

const LOCALE = "en-GB";

/** "Monday" for MONDAY. */
export function dayName(day: Day): string {
  return day.charAt(0) + day.slice(1).toLowerCase();
}

/** "Tuesday 3 March" for 2026-03-03, as a calendar date (never shifted by a zone). */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(LOCALE, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "Tue 3 Mar" for 2026-03-03. */
export function shortDateLabel(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(LOCALE, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
