type Slot = { startsAt?: string | null; date?: string | null };

/**
 * The first `limit` free times, grouped by their calendar day (the `date` the booking service gives in the
 * viewer's zone), days and times in order.
 */
export function groupSlotsByDay(slots: readonly Slot[], limit: number): { date: string; starts: string[] }[] {
  const days: { date: string; starts: string[] }[] = [];
  const sorted = slots
    .filter((slot): slot is { startsAt: string; date?: string | null } => Boolean(slot.startsAt))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .slice(0, limit);
  for (const slot of sorted) {
    const date = slot.date ?? slot.startsAt.slice(0, 10);
    const last = days[days.length - 1];
    if (last?.date === date) last.starts.push(slot.startsAt);
    else days.push({ date, starts: [slot.startsAt] });
  }
  return days;
}
