import { ApiError, describeError, NetworkError } from "@/lib/api/problem";

/**
 * Why a booking or a move did not happen, and what the screen does about it:
 * - `taken`: someone else got the time (or the scheduler refused it): refresh the slots, clear the choice;
 * - `not-offered`: the time is outside the mentor's rules; the server's detail says which one;
 * - `new-attempt`: the key was already used for another request; the next try needs a fresh one;
 * - `retry`: no answer, or the service is busy; trying the same attempt again is safe;
 * - `other`: anything else, in the server's words.
 */
export type Failure = { kind: "taken" | "not-offered" | "new-attempt" | "retry" | "other"; message: string };

export const TAKEN_MESSAGE = "That time was just taken — pick another.";

export function failureOf(error: unknown): Failure {
  if (error instanceof ApiError) {
    const detail = error.problem.detail ?? error.message;
    if (error.code === "slot-unavailable") return { kind: "taken", message: TAKEN_MESSAGE };
    if (error.code === "slot-refused") return { kind: "taken", message: `${detail} Pick another time.` };
    if (error.code === "slot-not-offered") return { kind: "not-offered", message: detail };
    if (error.code === "idempotency-key-reused") {
      return { kind: "new-attempt", message: "That request changed while it was being sent. Please book again." };
    }
    if (error.transient) {
      return { kind: "retry", message: `${detail} Try again in a moment — you won't be booked twice.` };
    }
    return { kind: "other", message: detail };
  }
  if (error instanceof NetworkError) {
    return { kind: "retry", message: "Mentra can't be reached right now. Try again — you won't be booked twice." };
  }
  return { kind: "other", message: describeError(error).detail };
}

/**
 * A 409 that names exactly the slot being booked may be this attempt's own booking: an earlier request with the
 * same key (a retry raced it) was still being written. Asking once more with the same key tells: the server
 * then answers with that booking, or the same 409 if it really is someone else's.
 */
export function mayBeOwnBooking(error: unknown, startsAt: string): boolean {
  if (!(error instanceof ApiError) || error.code !== "slot-unavailable") return false;
  const conflict = error.problem.conflict;
  if (!conflict || typeof conflict !== "object") return false;
  const start = (conflict as { startsAt?: unknown }).startsAt;
  return typeof start === "string" && Date.parse(start) === Date.parse(startsAt);
}
