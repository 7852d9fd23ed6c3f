import { describe, expect, it } from "vitest";
import type { Slot } from "../api/availability";
import { gmtLabel, groupByDay, offsetChanges, offsetOf } from "./preview";
import { addDays, datesOf, previewWindow, todayIn } from "./window";

const slot = (startsAt: string): Slot => ({ startsAt, endsAt: startsAt, date: startsAt.slice(0, 10), time: startsAt.slice(11, 16) });

describe("the preview in the mentor's zone", () => {
  it("groups slots by their local date, keeping the API's order", () => {
    const days = groupByDay([slot("2027-03-26T09:00:00+01:00"), slot("2027-03-26T10:00:00+01:00"), slot("2027-03-29T09:00:00+02:00")]);
    expect(days.map((d) => [d.date, d.slots.map((s) => s.time)])).toEqual([
      ["2027-03-26", ["09:00", "10:00"]],
      ["2027-03-29", ["09:00"]],
    ]);
  });

  it("says where the clocks change inside the window (Berlin, Sunday 28 March 2027), closed days between or not", () => {
    const slots = [slot("2027-03-24T09:00:00+01:00"), slot("2027-03-31T09:00:00+02:00"), slot("2027-04-01T09:00:00+02:00")];
    expect(offsetChanges(slots, "Europe/Berlin")).toEqual([{ from: "+01:00", to: "+02:00", date: "2027-03-28" }]);
    expect(offsetChanges(slots.slice(1), "Europe/Berlin")).toEqual([]);
    // a zone the browser does not know: the first date seen on the new offset
    expect(offsetChanges(slots, "Mars/Olympus")).toEqual([{ from: "+01:00", to: "+02:00", date: "2027-03-31" }]);
  });

  it("finds New York's autumn change as seen from there (Sunday 7 November 2027)", () => {
    const slots = [slot("2027-11-05T09:00:00-04:00"), slot("2027-11-08T09:00:00-05:00")];
    expect(offsetChanges(slots, "America/New_York")).toEqual([{ from: "-04:00", to: "-05:00", date: "2027-11-07" }]);
  });

  it("reads offsets as people do", () => {
    expect(offsetOf("2027-03-29T09:00:00Z")).toBe("+00:00");
    expect(offsetOf("2027-03-29T09:00:00-04:00")).toBe("-04:00");
    expect(gmtLabel("+02:00")).toBe("GMT+2");
    expect(gmtLabel("-04:00")).toBe("GMT-4");
    expect(gmtLabel("+05:30")).toBe("GMT+5:30");
    expect(gmtLabel("+00:00")).toBe("GMT+0");
  });
});

describe("the preview's two weeks", () => {
  it("start today in the mentor's zone, which may be another date than the browser's", () => {
    const now = new Date("2026-11-30T23:30:00Z");
    expect(todayIn("Europe/Berlin", now)).toBe("2026-12-01");
    expect(todayIn("America/New_York", now)).toBe("2026-11-30");
    expect(previewWindow("Europe/Berlin", now)).toEqual({ from: "2026-12-01", to: "2026-12-14" });
  });

  it("count calendar days across a daylight-saving change", () => {
    expect(addDays("2027-03-27", 1)).toBe("2027-03-28");
    expect(addDays("2027-03-28", 1)).toBe("2027-03-29");
    expect(datesOf({ from: "2027-03-22", to: "2027-04-04" })).toHaveLength(14);
  });

  it("falls back to UTC for a zone the browser does not know", () => {
    expect(todayIn("Mars/Olympus", new Date("2026-11-30T23:30:00Z"))).toBe("2026-11-30");
  });
});
