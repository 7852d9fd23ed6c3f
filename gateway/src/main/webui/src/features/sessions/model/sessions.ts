import type { Booking } from "@/features/booking";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Still to happen or under way: confirmed and not over. */
export function isUpcoming(session: Booking, now: number): boolean {
  return session.status === "CONFIRMED" && Date.parse(session.endsAt) > now;
}

/** Under way right now. */
export function isLive(session: Booking, now: number): boolean {
  return session.status === "CONFIRMED" && Date.parse(session.startsAt) <= now && Date.parse(session.endsAt) > now;
}

/** Upcoming (soonest first) and past (newest first) sessions of the mentor; a mentee's own bookings are left out. */
export function splitSessions(sessions: readonly Booking[], now: number): { upcoming: Booking[]; past: Booking[] } {
  const upcoming: Booking[] = [];
  const past: Booking[] = [];
  for (const s of sessions) {
    if (s.role !== "MENTOR" || s.status === "PENDING" || s.status === "FAILED") continue;
    (isUpcoming(s, now) ? upcoming : past).push(s);
  }
  const start = (b: Booking) => Date.parse(b.startsAt);
  upcoming.sort((a, b) => start(a) - start(b) || a.id.localeCompare(b.id));
  past.sort((a, b) => start(b) - start(a) || a.id.localeCompare(b.id));
  return { upcoming, past };
}

/**
 * What the mentor may do with a session now: booking-service's own rules, so no button leads to a refusal.
 * Complete from the start while it is confirmed; no-show from the start until a day after the end; cancel before it.
 */
export function mentorActions(session: Booking, now: number) {
  const starts = Date.parse(session.startsAt);
  const ends = Date.parse(session.endsAt);
  const confirmed = session.status === "CONFIRMED";
  return {
    cancel: confirmed && starts > now,
    complete: confirmed && now >= starts,
    noShow: (confirmed || session.status === "COMPLETED") && now >= starts && now < ends + DAY_MS,
  };
}

/** The soonest session still to come with `menteeId` (under way counts), if any. */
export function nextSessionWith(sessions: readonly Booking[], menteeId: string | undefined, now: number): Booking | undefined {
  if (!menteeId) return undefined;
  let next: Booking | undefined;
  for (const s of sessions) {
    if (s.role !== "MENTOR" || s.menteeId !== menteeId || !isUpcoming(s, now)) continue;
    if (!next || Date.parse(s.startsAt) < Date.parse(next.startsAt)) next = s;
  }
  return next;
}
