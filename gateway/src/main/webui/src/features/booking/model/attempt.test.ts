import { describe, expect, it } from "vitest";
import { attemptFor, bookingBody, newIdempotencyKey } from "./attempt";

function keys() {
  let n = 0;
  return () => `key-${++n}-abcdef`;
}

describe("idempotency key per booking attempt", () => {
  const slotA = "2026-03-09T13:00:00Z";
  const slotB = "2026-03-09T13:30:00Z";

  it("a double click or a retry of the same slot and note reuses the key", () => {
    const next = keys();
    const first = attemptFor(null, bookingBody("mtr_1", slotA, "Europe/Lisbon", "Interview prep"), next);
    const again = attemptFor(first, bookingBody("mtr_1", slotA, "Europe/Lisbon", "Interview prep"), next);
    expect(again.key).toBe(first.key);
    // trailing spaces are not sent, so they are not another body
    expect(attemptFor(first, bookingBody("mtr_1", slotA, "Europe/Lisbon", " Interview prep  "), next).key).toBe(first.key);
  });

  it("picking another slot, changing the note or the zone makes a new key", () => {
    const next = keys();
    const first = attemptFor(null, bookingBody("mtr_1", slotA, "Europe/Lisbon", ""), next);
    const otherSlot = attemptFor(first, bookingBody("mtr_1", slotB, "Europe/Lisbon", ""), next);
    expect(otherSlot.key).not.toBe(first.key);
    const withNote = attemptFor(otherSlot, bookingBody("mtr_1", slotB, "Europe/Lisbon", "Hi"), next);
    expect(withNote.key).not.toBe(otherSlot.key);
    const otherZone = attemptFor(withNote, bookingBody("mtr_1", slotB, "Asia/Tokyo", "Hi"), next);
    expect(otherZone.key).not.toBe(withNote.key);
    // going back to an earlier choice is a new attempt too: its key may have booked already
    expect(attemptFor(otherZone, bookingBody("mtr_1", slotA, "Europe/Lisbon", ""), next).key).not.toBe(first.key);
  });

  it("sends no note when it is blank", () => {
    expect(bookingBody("mtr_1", slotA, "UTC", "   ")).toEqual({ mentorId: "mtr_1", startsAt: slotA, timeZone: "UTC" });
  });

  it("makes keys the booking service accepts", () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
