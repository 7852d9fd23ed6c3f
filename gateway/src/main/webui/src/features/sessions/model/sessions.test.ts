import { describe, expect, it } from "vitest";
import type { Booking } from "@/features/booking";
import { isLive, mentorActions, splitSessions } from "./sessions";

const NOW = Date.parse("2026-12-01T12:00:00Z");
const HOUR = 3_600_000;

function session(id: string, startsInHours: number, status: Booking["status"] = "CONFIRMED", role: Booking["role"] = "MENTOR"): Booking {
  const start = NOW + startsInHours * HOUR;
  return {
    id,
    mentorId: "m1",
    menteeId: "u1",
    role,
    status,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + HOUR).toISOString(),
    timeZone: "UTC",
  } as Booking;
}

describe("a mentor's sessions", () => {
  it("are split into upcoming (soonest first, one under way included) and past (newest first)", () => {
    const { upcoming, past } = splitSessions(
      [
        session("tomorrow", 24),
        session("under-way", -0.5),
        session("in-an-hour", 1),
        session("yesterday", -24, "COMPLETED"),
        session("cancelled-next-week", 7 * 24, "CANCELLED"),
        session("ended-not-yet-closed", -2),
        session("missed", -48, "NO_SHOW"),
        session("as-mentee", 2, "CONFIRMED", "MENTEE"),
        session("pending", 3, "PENDING"),
      ],
      NOW,
    );
    expect(upcoming.map((s) => s.id)).toEqual(["under-way", "in-an-hour", "tomorrow"]);
    expect(past.map((s) => s.id)).toEqual(["cancelled-next-week", "ended-not-yet-closed", "yesterday", "missed"]);
  });

  it("offer what booking-service allows the mentor now", () => {
    expect(mentorActions(session("s", 2), NOW)).toEqual({ cancel: true, complete: false, noShow: false });
    expect(mentorActions(session("s", -0.5), NOW)).toEqual({ cancel: false, complete: true, noShow: true });
    expect(mentorActions(session("s", -3, "COMPLETED"), NOW)).toEqual({ cancel: false, complete: false, noShow: true });
    expect(mentorActions(session("s", -30, "COMPLETED"), NOW)).toEqual({ cancel: false, complete: false, noShow: false });
    expect(mentorActions(session("s", 2, "CANCELLED"), NOW)).toEqual({ cancel: false, complete: false, noShow: false });
    expect(mentorActions(session("s", -1, "NO_SHOW"), NOW)).toEqual({ cancel: false, complete: false, noShow: false });
  });

  it("is live only while under way and confirmed", () => {
    expect(isLive(session("s", -0.5), NOW)).toBe(true);
    expect(isLive(session("s", 0.5), NOW)).toBe(false);
    expect(isLive(session("s", -0.5, "COMPLETED"), NOW)).toBe(false);
  });
});
