import type { NewBooking } from "../api/bookings";

/**
 * One try at booking one thing: the `Idempotency-Key` belongs to the request body it was made for. Repeating the
 * same body (a double click, a retry after the network dropped) reuses the key, so the server answers with the
 * booking it already made instead of a second one; another slot, note or zone is a new attempt with a new key
 * (the server refuses a key reused for another body).
 */
export type BookingAttempt = { fingerprint: string; key: string };

/** What the server compares: the body as sent. */
export function fingerprintOf(body: NewBooking): string {
  return JSON.stringify([body.mentorId, body.startsAt, body.timeZone, body.note ?? ""]);
}

/** The attempt for `body`: the previous one while the body is unchanged, otherwise a fresh key. */
export function attemptFor(
  previous: BookingAttempt | null,
  body: NewBooking,
  newKey: () => string = newIdempotencyKey,
): BookingAttempt {
  const fingerprint = fingerprintOf(body);
  return previous?.fingerprint === fingerprint ? previous : { fingerprint, key: newKey() };
}

/** A UUID (8–100 of [A-Za-z0-9._:-], as the booking service asks); random bytes where randomUUID is missing. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The body of a booking for a chosen slot: a blank note is no note. */
export function bookingBody(mentorId: string, startsAt: string, timeZone: string, note: string): NewBooking {
  const trimmed = note.trim();
  return trimmed ? { mentorId, startsAt, timeZone, note: trimmed } : { mentorId, startsAt, timeZone };
}
