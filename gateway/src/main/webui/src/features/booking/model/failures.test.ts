import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "@/lib/api/problem";
import { failureOf, mayBeOwnBooking, TAKEN_MESSAGE } from "./failures";

const problem = (status: number, type: string, detail: string) =>
  new ApiError(status, { type: `https://mentra.dev/problems/${type}`, status, detail });

describe("a refused booking", () => {
  it("someone took the slot first: pick another", () => {
    expect(failureOf(problem(409, "slot-unavailable", "That time is already taken: pick another slot"))).toEqual({
      kind: "taken",
      message: TAKEN_MESSAGE,
    });
  });

  it("a time outside the mentor's rules says which rule", () => {
    const failure = failureOf(problem(422, "slot-not-offered", "That time is within the mentor's minimum notice"));
    expect(failure).toEqual({ kind: "not-offered", message: "That time is within the mentor's minimum notice" });
  });

  it("a key reused for another body starts a new attempt", () => {
    expect(failureOf(problem(409, "idempotency-key-reused", "…")).kind).toBe("new-attempt");
  });

  it("no answer or a busy scheduler can be retried with the same attempt", () => {
    expect(failureOf(new NetworkError()).kind).toBe("retry");
    expect(failureOf(problem(503, "scheduling-unavailable", "Scheduling is unavailable")).kind).toBe("retry");
  });
});

describe("a conflict with the very slot being booked", () => {
  const taken = (conflictStart: string) =>
    new ApiError(409, {
      type: "https://mentra.dev/problems/slot-unavailable",
      status: 409,
      conflict: { startsAt: conflictStart, endsAt: "2026-12-03T15:15:00Z" },
    });

  it("may be this attempt's own booking (asked again with the same key)", () => {
    expect(mayBeOwnBooking(taken("2026-12-03T14:30:00Z"), "2026-12-03T23:30:00+09:00")).toBe(true);
  });

  it("is someone else's when the session in the way starts at another time", () => {
    expect(mayBeOwnBooking(taken("2026-12-03T14:00:00Z"), "2026-12-03T23:30:00+09:00")).toBe(false);
    expect(mayBeOwnBooking(new NetworkError(), "2026-12-03T23:30:00+09:00")).toBe(false);
  });
});
