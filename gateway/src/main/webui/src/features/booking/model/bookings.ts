import type { Booking, BookingStatus } from "../api/bookings";

const DAY_MS = 24 * 60 * 60 * 1000;
const LOCALE = "en-GB";

/** Still to happen: confirmed (or being confirmed) and not yet over. */
export function isUpcoming(booking: Booking, now: number): boolean {
  return (booking.status === "CONFIRMED" || booking.status === "PENDING") && Date.parse(booking.endsAt) > now;
}

/** Upcoming sessions soonest first; everything else (over, cancelled, missed) newest first. */
export function splitBookings(bookings: readonly Booking[], now: number): { upcoming: Booking[]; past: Booking[] } {
  const upcoming: Booking[] = [];
  const past: Booking[] = [];
  for (const booking of bookings) (isUpcoming(booking, now) ? upcoming : past).push(booking);
  const start = (b: Booking) => Date.parse(b.startsAt);
  upcoming.sort((a, b) => start(a) - start(b));
  past.sort((a, b) => start(b) - start(a));
  return { upcoming, past };
}

/** What the viewer may do with a session now (the booking service's own rules, so no button leads to a refusal). */
export function actionsFor(booking: Booking, now: number) {
  const starts = Date.parse(booking.startsAt);
  const ends = Date.parse(booking.endsAt);
  const changeable = booking.status === "CONFIRMED" && starts > now;
  return {
    reschedule: changeable,
    cancel: changeable,
    review: booking.role === "MENTEE" && booking.status === "COMPLETED",
    // from the start until a day after the end, while it is confirmed or completed
    noShow:
      booking.role === "MENTOR" &&
      (booking.status === "CONFIRMED" || booking.status === "COMPLETED") &&
      now >= starts &&
      now < ends + DAY_MS,
  };
}

export const STATUS_LABEL: Record<BookingStatus, string> = {
  PENDING: "Pending",
  CONFIRMED: "Confirmed",
  CANCELLED: "Cancelled",
  COMPLETED: "Completed",
  NO_SHOW: "No-show",
  // refused or unreachable scheduling (Acuity); nothing is held
  FAILED: "Not booked",
};

/** "Tuesday 3 March" (with the year when it is not this year's) and "14:00–14:45", in `zone`. */
export function sessionWhen(
  startsAt: string,
  endsAt: string,
  zone: string,
  now: Date = new Date(),
): { day: string; time: string } {
  const start = new Date(startsAt);
  const year = (d: Date) => new Intl.DateTimeFormat(LOCALE, { year: "numeric", timeZone: zone }).format(d);
  const day = new Intl.DateTimeFormat(LOCALE, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: year(start) === year(now) ? undefined : "numeric",
    timeZone: zone,
  }).format(start);
  const time = new Intl.DateTimeFormat(LOCALE, { hour: "2-digit", minute: "2-digit", timeZone: zone });
  return { day, time: `${time.format(start)}–${time.format(new Date(endsAt))}` };
}
