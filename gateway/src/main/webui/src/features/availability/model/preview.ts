/**
 * The preview's slots as a mentor reads them: by day in the zone they were asked for (the API's `date` and
 * `time` are already local there, so nothing is shifted here), and where the zone's offset changes (a
 * daylight-saving change inside the two weeks: the same 09:00 is then another hour for people elsewhere).
 */
import type { Slot } from "../api/availability";

export type PreviewDay = { date: string; slots: Slot[] };

/** Slots grouped by their local date, in the order the API gave them. */
export function groupByDay(slots: readonly Slot[]): PreviewDay[] {
  const days = new Map<string, PreviewDay>();
  for (const slot of slots) {
    const day = days.get(slot.date) ?? { date: slot.date, slots: [] };
    day.slots.push(slot);
    days.set(slot.date, day);
  }
  return [...days.values()];
}

/** "+01:00" of "2027-03-29T09:00:00+01:00"; "+00:00" for "Z". */
export function offsetOf(isoDateTime: string): string {
  if (isoDateTime.endsWith("Z")) return "+00:00";
  const match = /([+-]\d{2}:\d{2})$/.exec(isoDateTime);
  return match?.[1] ?? "+00:00";
}

/** "GMT+1", "GMT-4", "GMT+5:30", "GMT+0" for an offset such as "+01:00". */
export function gmtLabel(offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) return "GMT";
  const [, sign, hours, mins] = match;
  const h = Number(hours);
  if (h === 0 && mins === "00") return "GMT+0";
  return `GMT${sign}${h}${mins === "00" ? "" : `:${mins}`}`;
}

export type OffsetChange = { from: string; to: string; date: string };

/** `zone`'s offset at noon UTC of `date`, as "+01:00" (null if the browser does not know the zone). */
function offsetOn(zone: string, date: string): string | null {
  try {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(new Date(`${date}T12:00:00Z`))
      .find((p) => p.type === "timeZoneName")?.value;
    if (!name) return null;
    if (name === "GMT") return "+00:00";
    const match = /^GMT([+-]\d{2}:\d{2})$/.exec(name);
    return match?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * The offset changes between consecutive slots, each with the date the clocks changed in `zone` (between the two
 * slots' dates, which may be days apart when the days between are closed), or the first slot's date on the new
 * offset when the zone cannot say. Empty when the whole window keeps one offset.
 */
export function offsetChanges(slots: readonly Slot[], zone?: string): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let previous: Slot | undefined;
  for (const slot of slots) {
    const offset = offsetOf(slot.startsAt);
    if (previous && offset !== offsetOf(previous.startsAt)) {
      changes.push({ from: offsetOf(previous.startsAt), to: offset, date: changeDate(zone, previous.date, slot.date) });
    }
    previous = slot;
  }
  return changes;
}

function changeDate(zone: string | undefined, before: string, after: string): string {
  if (!zone) return after;
  const start = offsetOn(zone, before);
  const [y, m, d] = before.split("-").map(Number);
  for (let i = 1; i <= 62; i++) {
    const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + i)).toISOString().slice(0, 10);
    if (date > after) break;
    if (offsetOn(zone, date) !== start) return date;
  }
  return after;
}
