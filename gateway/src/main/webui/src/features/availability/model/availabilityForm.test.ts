import { describe, expect, it } from "vitest";
import type { AvailabilityView } from "../api/availability";
import { emptyWeek, fromView, mapServerErrors, nextRange, sameDraft, toBody, validateDraft, type AvailabilityDraft } from "./availabilityForm";

const saved: AvailabilityView = {
  mentorId: "mtr_1",
  timeZone: "Europe/Berlin",
  configured: true,
  updatedAt: "2026-11-30T10:00:00Z",
  weekly: { MONDAY: [{ start: "09:00", end: "12:00" }, { start: "14:00", end: "17:00" }], FRIDAY: [{ start: "10:00", end: "11:00" }] },
  overrides: [
    { date: "2026-12-24", hours: [] },
    { date: "2026-12-20", hours: [{ start: "10:00", end: "12:00" }] },
  ],
  rules: {
    sessionMinutes: 45,
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 15,
    minimumNoticeMinutes: 90,
    horizonDays: 60,
    maxPerDay: 4,
    slotStepMinutes: 30,
  },
};

function draft(change: Partial<AvailabilityDraft> = {}): AvailabilityDraft {
  return { ...fromView(saved), ...change };
}

describe("the availability form and the API", () => {
  it("reads what the service holds: every weekday, overrides by date, notice in hours", () => {
    const form = fromView(saved);
    expect(form.weekly.MONDAY).toEqual([{ start: "09:00", end: "12:00" }, { start: "14:00", end: "17:00" }]);
    expect(form.weekly.SUNDAY).toEqual([]);
    expect(form.overrides.map((o) => o.date)).toEqual(["2026-12-20", "2026-12-24"]);
    expect(form.rules.minimumNoticeHours).toBe(1.5);
  });

  it("sends the body PUT /api/availability takes: closed weekdays left out, notice back in minutes", () => {
    const body = toBody(fromView(saved));
    expect(Object.keys(body.weekly)).toEqual(["MONDAY", "FRIDAY"]);
    expect(body.overrides).toEqual([
      { date: "2026-12-20", hours: [{ start: "10:00", end: "12:00" }] },
      { date: "2026-12-24", hours: [] },
    ]);
    expect(body.rules).toEqual({ ...saved.rules });
    expect(body.timeZone).toBe("Europe/Berlin");
  });

  it("knows a form equal to what is saved from one with changes", () => {
    expect(sameDraft(fromView(saved), fromView(saved))).toBe(true);
    const changed = draft({ weekly: { ...fromView(saved).weekly, TUESDAY: [{ start: "09:00", end: "10:00" }] } });
    expect(sameDraft(changed, fromView(saved))).toBe(false);
  });
});

describe("checking the form as the service does", () => {
  it("accepts what the service holds", () => {
    expect(validateDraft(fromView(saved))).toEqual({});
  });

  it("names a range that ends before it starts, and overlapping hours, with the server's field names", () => {
    const weekly = { ...emptyWeek(), MONDAY: [{ start: "09:00", end: "11:00" }, { start: "10:00", end: "12:00" }], TUESDAY: [{ start: "14:00", end: "13:00" }] };
    const errors = validateDraft(draft({ weekly }));
    expect(errors["weekly.MONDAY"]).toMatch(/overlap/);
    expect(errors["weekly.TUESDAY[0].end"]).toMatch(/after the start/);
    expect(Object.keys(errors)).toHaveLength(2);
  });

  it("lets ranges touch (09:00–12:00 then 12:00–13:00)", () => {
    const weekly = { ...emptyWeek(), MONDAY: [{ start: "12:00", end: "13:00" }, { start: "09:00", end: "12:00" }] };
    expect(validateDraft(draft({ weekly }))).toEqual({});
  });

  it("names a date changed twice and an override's bad hours by their index", () => {
    const errors = validateDraft(
      draft({
        overrides: [
          { date: "2026-12-24", hours: [{ start: "10:00", end: "09:00" }] },
          { date: "2026-12-24", hours: [] },
          { date: "", hours: [] },
        ],
      }),
    );
    expect(errors["overrides[0].hours[0].end"]).toBeDefined();
    expect(errors["overrides[1].date"]).toMatch(/already/);
    expect(errors["overrides[2].date"]).toBe("Choose a date.");
  });

  it("keeps the rules within the service's limits", () => {
    const errors = validateDraft(
      draft({
        timeZone: "",
        rules: { sessionMinutes: 5, bufferBeforeMinutes: -1, bufferAfterMinutes: 241, minimumNoticeHours: 721, horizonDays: 0, maxPerDay: 2.5, slotStepMinutes: Number.NaN },
      }),
    );
    expect(Object.keys(errors).sort()).toEqual([
      "rules.bufferAfterMinutes",
      "rules.bufferBeforeMinutes",
      "rules.horizonDays",
      "rules.maxPerDay",
      "rules.minimumNoticeMinutes",
      "rules.sessionMinutes",
      "rules.slotStepMinutes",
      "timeZone",
    ]);
    expect(errors["rules.slotStepMinutes"]).toBe("Enter a whole number of minutes.");
  });

  it("refuses more ranges a day than the service keeps", () => {
    const weekly = { ...emptyWeek(), MONDAY: Array.from({ length: 13 }, (_, i) => ({ start: `${String(i + 8).padStart(2, "0")}:00`, end: `${String(i + 8).padStart(2, "0")}:30` })) };
    expect(validateDraft(draft({ weekly }))["weekly.MONDAY"]).toMatch(/12 ranges/);
  });
});

describe("the server's field errors", () => {
  it("land on the same fields as the form's own, whatever Bean Validation's spelling", () => {
    const { byField, form } = mapServerErrors([
      { field: "weekly.MONDAY", message: "hours overlap at 10:00" },
      { field: "overrides[1].date", message: "date 2026-12-24 appears twice" },
      { field: "rules.maxPerDay", message: "must be less than or equal to 48" },
      { field: "weekly<map value>[FRIDAY]<list element>[0].start", message: "must be a time like 09:30" },
      { field: "timeZone", message: "is not a valid time zone" },
      { field: "body", message: "something else" },
    ]);
    expect(byField).toEqual({
      "weekly.MONDAY": "Hours overlap at 10:00",
      "overrides[1].date": "Date 2026-12-24 appears twice",
      "rules.maxPerDay": "Must be at most 48",
      "weekly.FRIDAY[0].start": "Must be a time like 09:30",
      timeZone: "Is not a valid time zone",
    });
    expect(form).toEqual(["body: Something else"]);
  });
});

describe("adding hours", () => {
  it("starts a day at 09:00–17:00 and puts the next range an hour after the last", () => {
    expect(nextRange([])).toEqual({ start: "09:00", end: "17:00" });
    expect(nextRange([{ start: "09:00", end: "12:00" }])).toEqual({ start: "13:00", end: "14:00" });
    expect(nextRange([{ start: "20:00", end: "23:00" }])).toEqual({ start: "22:00", end: "23:00" });
  });
});
