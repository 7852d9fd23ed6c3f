import { describe, expect, it } from "vitest";
import type { Booking } from "../api/bookings";
import { actionsFor, sessionWhen, splitBookings } from "./bookings";

const NOW = Date.parse("2026-03-10T12:00:00Z");

function booking(id: string, startsAt: string, status: Booking["status"] = "CONFIRMED", role: Booking["role"] = "MENTEE"): Booking {
  const endsAt = new Date(Date.parse(startsAt) + 45 * 60_000).toISOString();
  return { id, mentorId: "mtr_1", role, status, startsAt, endsAt, timeZone: "UTC", syncedWithAcuity: false, createdAt: startsAt, updatedAt: startsAt };
}

describe("upcoming and past sessions", () => {
  it("upcoming are confirmed or pending sessions not over yet, soonest first", () => {
    const list = [
      booking("later", "2026-03-20T10:00:00Z"),
      booking("soon", "2026-03-11T10:00:00Z"),
      booking("pending", "2026-03-12T10:00:00Z", "PENDING"),
      booking("now", "2026-03-10T11:30:00Z"), // ends 12:15: still on
    ];
    expect(splitBookings(list, NOW).upcoming.map((b) => b.id)).toEqual(["now", "soon", "pending", "later"]);
  });

  it("past holds the rest, newest first: over, cancelled (even if it was for the future), no-show", () => {
    const list = [
      booking("done", "2026-03-01T10:00:00Z", "COMPLETED"),
      booking("cancelled-future", "2026-03-30T10:00:00Z", "CANCELLED"),
      booking("ended", "2026-03-10T11:00:00Z"), // ended 11:45, not yet marked completed
      booking("missed", "2026-03-05T10:00:00Z", "NO_SHOW"),
    ];
    const { upcoming, past } = splitBookings(list, NOW);
    expect(upcoming).toEqual([]);
    expect(past.map((b) => b.id)).toEqual(["cancelled-future", "ended", "missed", "done"]);
  });
});

describe("what can be done with a session", () => {
  it("a confirmed session still to come can be moved or cancelled, not reviewed", () => {
    expect(actionsFor(booking("a", "2026-03-11T10:00:00Z"), NOW)).toEqual({
      reschedule: true,
      cancel: true,
      review: false,
      noShow: false,
    });
  });

  it("a mentee reviews a completed session; a mentor cannot review", () => {
    expect(actionsFor(booking("a", "2026-03-09T10:00:00Z", "COMPLETED"), NOW).review).toBe(true);
    expect(actionsFor(booking("a", "2026-03-09T10:00:00Z", "COMPLETED", "MENTOR"), NOW).review).toBe(false);
  });

  it("a mentor marks a no-show from the start until a day after the end", () => {
    expect(actionsFor(booking("a", "2026-03-10T11:30:00Z", "CONFIRMED", "MENTOR"), NOW).noShow).toBe(true);
    expect(actionsFor(booking("a", "2026-03-09T12:00:00Z", "COMPLETED", "MENTOR"), NOW).noShow).toBe(true);
    expect(actionsFor(booking("a", "2026-03-09T10:00:00Z", "COMPLETED", "MENTOR"), NOW).noShow).toBe(false);
    expect(actionsFor(booking("a", "2026-03-11T10:00:00Z", "CONFIRMED", "MENTOR"), NOW).noShow).toBe(false);
    expect(actionsFor(booking("a", "2026-03-10T11:30:00Z", "CONFIRMED", "MENTEE"), NOW).noShow).toBe(false);
  });
});

describe("session times", () => {
  it("are shown in the viewer's zone, across a daylight-saving change", () => {
    expect(sessionWhen("2026-03-09T13:00:00Z", "2026-03-09T13:45:00Z", "America/New_York", new Date(NOW))).toEqual({
      day: "Monday 9 March",
      time: "09:00–09:45",
    });
    expect(sessionWhen("2026-03-06T14:00:00Z", "2026-03-06T14:45:00Z", "America/New_York", new Date(NOW)).time).toBe(
      "09:00–09:45",
    );
    expect(sessionWhen("2027-01-05T09:00:00Z", "2027-01-05T09:45:00Z", "Europe/Lisbon", new Date(NOW)).day).toBe(
      "Tuesday, 5 January 2027",
    );
  });
});
