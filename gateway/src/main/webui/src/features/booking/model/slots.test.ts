import { describe, expect, it } from "vitest";
import type { Slot } from "../api/bookings";
import { addDays, groupSlotsByDay, sameInstant, slotLabel, slotWindow, todayIn, zoneCaption } from "./slots";

/** A slot as the booking service answers it: `startsAt` with the viewer zone's offset, `date`/`time` local there. */
function slot(startsAt: string, minutes = 45): Slot {
  const local = startsAt.slice(0, 16);
  const end = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
  return { startsAt, endsAt: end, date: local.slice(0, 10), time: local.slice(11, 16) };
}

describe("groupSlotsByDay", () => {
  it("a New York viewer sees 09:00 stay 09:00 across the March 8 change, and the skipped hour is simply absent", () => {
    // America/New_York: 2026-03-08 02:00 EST jumps to 03:00 EDT; the mentor keeps 01:00–04:00 that Sunday
    const slots = [
      slot("2026-03-06T09:00:00-05:00"),
      slot("2026-03-08T01:00:00-05:00"),
      slot("2026-03-08T01:30:00-05:00"),
      slot("2026-03-08T03:00:00-04:00"),
      slot("2026-03-08T03:30:00-04:00"),
      slot("2026-03-09T09:00:00-04:00"),
    ];
    const days = groupSlotsByDay(slots);
    expect(days.map((d) => d.label)).toEqual(["Friday 6 March", "Sunday 8 March", "Monday 9 March"]);
    expect(days[1]!.slots.map((s) => s.time)).toEqual(["01:00", "01:30", "03:00", "03:30"]);
    expect(days[0]!.slots[0]!.time).toBe("09:00");
    expect(days[2]!.slots[0]!.time).toBe("09:00");
    // one calendar day apart but 71 hours, not 72, from Friday to Monday: the offsets did change
    expect(Date.parse(days[2]!.slots[0]!.startsAt) - Date.parse(days[0]!.slots[0]!.startsAt)).toBe(71 * 3600_000);
  });

  it("a Lisbon viewer keeps local days across the March 29 change (01:00–01:59 does not exist)", () => {
    const slots = [
      slot("2026-03-28T09:00:00Z"),
      slot("2026-03-29T00:30:00Z"),
      slot("2026-03-29T02:00:00+01:00"),
      slot("2026-03-30T09:00:00+01:00"),
    ];
    const days = groupSlotsByDay(slots);
    expect(days.map((d) => d.date)).toEqual(["2026-03-28", "2026-03-29", "2026-03-30"]);
    expect(days[1]!.slots.map((s) => s.time)).toEqual(["00:30", "02:00"]);
    expect(days.map((d) => d.slots.at(-1)!.time)).toEqual(["09:00", "02:00", "09:00"]);
  });

  it("a New York mentor's 09:00 moves for a Lisbon viewer in the weeks the two zones change on different days", () => {
    // the same weekly 09:00 New York slot, as the API answers a viewer in Europe/Lisbon
    const slots = [slot("2026-03-06T14:00:00Z"), slot("2026-03-09T13:00:00Z"), slot("2026-03-30T14:00:00+01:00")];
    expect(groupSlotsByDay(slots).map((d) => `${d.label} ${d.slots[0]!.time}`)).toEqual([
      "Friday 6 March 14:00",
      "Monday 9 March 13:00",
      "Monday 30 March 14:00",
    ]);
  });

  it("groups by the viewer's local date, not the UTC date of the instant", () => {
    // 00:30 in Tokyo on the 10th is still the 9th in UTC; 23:30 in New York on the 8th is already the 9th in UTC
    const tokyo = groupSlotsByDay([slot("2026-03-10T00:30:00+09:00"), slot("2026-03-10T10:00:00+09:00")]);
    expect(tokyo).toHaveLength(1);
    expect(tokyo[0]!.label).toBe("Tuesday 10 March");
    const newYork = groupSlotsByDay([slot("2026-03-08T23:30:00-04:00")]);
    expect(newYork[0]!.date).toBe("2026-03-08");
  });

  it("keeps the order the API gave, days in first-seen order", () => {
    const slots = [slot("2026-03-03T10:00:00Z"), slot("2026-03-03T09:00:00Z"), slot("2026-03-04T08:00:00Z")];
    const days = groupSlotsByDay(slots);
    expect(days[0]!.slots.map((s) => s.time)).toEqual(["10:00", "09:00"]);
    expect(groupSlotsByDay([])).toEqual([]);
  });
});

describe("labels", () => {
  it("names a slot by its day and local time", () => {
    expect(slotLabel({ date: "2026-03-03", time: "14:30" })).toBe("Tuesday 3 March, 14:30");
  });

  it("shows a zone with its offset at a given moment, zero offsets spelled out", () => {
    expect(zoneCaption("Europe/Lisbon", new Date("2026-01-15T12:00:00Z"))).toBe("Europe/Lisbon (GMT+0)");
    expect(zoneCaption("Europe/Lisbon", new Date("2026-07-15T12:00:00Z"))).toBe("Europe/Lisbon (GMT+1)");
    expect(zoneCaption("America/New_York", new Date("2026-03-09T12:00:00Z"))).toBe("America/New York (GMT-4)");
  });

  it("recognises one instant written with two offsets", () => {
    expect(sameInstant("2026-03-09T09:00:00-04:00", "2026-03-09T13:00:00Z")).toBe(true);
    expect(sameInstant("2026-03-09T09:00:00-05:00", "2026-03-09T13:00:00Z")).toBe(false);
    expect(sameInstant(null, "2026-03-09T13:00:00Z")).toBe(false);
  });
});

describe("date windows", () => {
  it("adds calendar days across daylight-saving nights and month ends", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("knows today in the viewer's zone", () => {
    const at = new Date("2026-03-08T03:30:00Z");
    expect(todayIn("America/New_York", at)).toBe("2026-03-07");
    expect(todayIn("Asia/Tokyo", at)).toBe("2026-03-08");
  });

  it("loads two weeks at a time, back to back, never past the service's 62-day range", () => {
    const windows = [0, 1, 2, 3, 4].map((i) => slotWindow("2026-03-01", i));
    expect(windows[0]).toEqual({ from: "2026-03-01", to: "2026-03-14" });
    expect(windows[1]).toEqual({ from: "2026-03-15", to: "2026-03-28" });
    for (let i = 1; i < windows.length; i++) expect(windows[i]!.from).toBe(addDays(windows[i - 1]!.to, 1));
    expect(windows[4]).toEqual({ from: "2026-04-26", to: addDays("2026-03-01", 61) });
    expect(slotWindow("2026-03-01", 5)).toBeNull();
  });
});
