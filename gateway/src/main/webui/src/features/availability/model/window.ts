/** The preview covers today and the 13 days after it in the mentor's zone (what mentees see first, too). */
export const PREVIEW_DAYS = 14;

/** Today's date in `zone` (YYYY-MM-DD), by this browser's clock. */
export function todayIn(zone: string, now: Date = new Date()): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat("en-CA", { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** A calendar date `days` later: 2027-03-27 + 1 → 2027-03-28, whatever the zones do that night. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return next.toISOString().slice(0, 10);
}

/** The dates the preview asks for (`to` inclusive), in `zone`. */
export function previewWindow(zone: string, now: Date = new Date()): { from: string; to: string } {
  const from = todayIn(zone, now);
  return { from, to: addDays(from, PREVIEW_DAYS - 1) };
}

/** Every date of the window, so days without slots show as closed rather than missing. */
export function datesOf(window: { from: string; to: string }): string[] {
  const dates: string[] = [];
  for (let date = window.from; date <= window.to && dates.length < 62; date = addDays(date, 1)) dates.push(date);
  return dates;
}
