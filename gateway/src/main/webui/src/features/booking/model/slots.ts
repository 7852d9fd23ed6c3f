import { zoneLabel } from "@/lib/time";
import type { Slot } from "../api/bookings";

/**
 * Dates and times in the booking screens read as in the brief ("Tuesday 3 March", "14:30"); the API's `date` and
 * `time` are already local to the zone asked for, so they are formatted as calendar values, never shifted.
 */
const LOCALE = "en-GB";

/** One day's free times, in the order the API gave them. */
export type SlotDay = { date: string; label: string; slots: Slot[] };

/**
 * Groups slots by their local `date` (the API's, in the viewer's zone — not the UTC date of `startsAt`, which
 * can be another day), keeping first-seen day order and each day's slot order.
 */
export function groupSlotsByDay(slots: readonly Slot[]): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const slot of slots) {
    let day = days.get(slot.date);
    if (!day) {
      day = { date: slot.date, label: dayLabel(slot.date), slots: [] };
      days.set(slot.date, day);
    }
    day.slots.push(slot);
  }
  return [...days.values()];
}

/** "Tuesday 3 March" for 2026-03-03, as a calendar date. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat(LOCALE, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    calendarDate(date),
  );
}

/** The accessible name of a slot: "Tuesday 3 March, 14:30". */
export function slotLabel(slot: Pick<Slot, "date" | "time">): string {
  return `${dayLabel(slot.date)}, ${slot.time}`;
}

/** Two ISO date-times name the same instant (offsets may differ: the same slot asked for in two zones). */
export function sameInstant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return Date.parse(a) === Date.parse(b);
}

/** A calendar date `days` later (or earlier): 2026-03-28 + 1 → 2026-03-29, whatever the zones do that night. */
export function addDays(date: string, days: number): string {
  const next = calendarDate(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** Today's date in `zone` (YYYY-MM-DD). */
export function todayIn(zone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Slots load two weeks at a time … */
export const WINDOW_DAYS = 14;
/** … up to the booking service's largest range (`mentra.booking.max-slot-range`, 62 days) from today. */
export const MAX_DAYS_AHEAD = 62;

/**
 * The `index`-th window of dates to ask for (`to` inclusive), or null past the last one; each stays within the
 * service's range limit and none reaches beyond {@link MAX_DAYS_AHEAD} days from `firstDay`.
 */
export function slotWindow(firstDay: string, index: number): { from: string; to: string } | null {
  const start = index * WINDOW_DAYS;
  if (index < 0 || start >= MAX_DAYS_AHEAD) return null;
  const end = Math.min(start + WINDOW_DAYS, MAX_DAYS_AHEAD) - 1;
  return { from: addDays(firstDay, start), to: addDays(firstDay, end) };
}

/** "Europe/Lisbon (GMT+0)": the zone with its offset now (a zero offset spelled out, as browsers differ). */
export function zoneCaption(zone: string, at: Date = new Date()): string {
  return zoneLabel(zone, at).replace(/\(GMT\)$/, "(GMT+0)").replace(/\(UTC\)$/, "(GMT+0)");
}

/** A zone's name as people read it: "America/New York". */
export function zoneName(zone: string): string {
  return zone.replace(/_/g, " ");
}

function calendarDate(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
