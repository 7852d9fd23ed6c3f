import { describe, expect, it } from "vitest";
import { filtersOf, filtersToParams, takenMessage, toAcuityConnection, validateAcuity } from "./roster";

describe("the roster's filters", () => {
  it("are read from the address, with human active mentors by default", () => {
    expect(filtersOf(new URLSearchParams(""))).toEqual({ kind: "HUMAN", status: "active", q: "" });
    expect(filtersOf(new URLSearchParams("kind=all&status=retired&q=ada"))).toEqual({ kind: "ALL", status: "retired", q: "ada" });
    expect(filtersOf(new URLSearchParams("kind=robots&status=gone"))).toEqual({ kind: "HUMAN", status: "active", q: "" });
  });

  it("write only what differs from the default back to the address", () => {
    expect(filtersToParams({ kind: "HUMAN", status: "active", q: "  " })).toEqual({});
    expect(filtersToParams({ kind: "AI", status: "all", q: " ada " })).toEqual({ kind: "ai", status: "all", q: "ada" });
  });
});

describe("connecting a mentor's Acuity calendar", () => {
  it("takes both ids as digits, ignoring pasted spaces", () => {
    expect(validateAcuity({ calendarId: " 4567890 ", appointmentTypeId: "12345678" })).toEqual({});
    expect(toAcuityConnection({ calendarId: " 4567890 ", appointmentTypeId: "12345678" })).toEqual({
      calendarId: "4567890",
      appointmentTypeId: "12345678",
    });
  });

  it("disconnects when both are cleared", () => {
    expect(validateAcuity({ calendarId: "", appointmentTypeId: " " })).toEqual({});
    expect(toAcuityConnection({ calendarId: "", appointmentTypeId: " " })).toBeNull();
  });

  it("asks for the other id when only one is given, and refuses what is not an id", () => {
    expect(Object.keys(validateAcuity({ calendarId: "123", appointmentTypeId: "" }))).toEqual(["appointmentTypeId"]);
    expect(Object.keys(validateAcuity({ calendarId: "", appointmentTypeId: "123" }))).toEqual(["calendarId"]);
    expect(validateAcuity({ calendarId: "cal-12", appointmentTypeId: "1".repeat(19) })).toEqual({
      calendarId: expect.stringContaining("digits"),
      appointmentTypeId: expect.stringContaining("digits"),
    });
  });

  it("names the mentor who already holds the calendar when it can", () => {
    expect(takenMessage("mtr_1", (id) => (id === "mtr_1" ? "Ada Lovelace" : undefined))).toMatch(/^Ada Lovelace already holds/);
    expect(takenMessage(undefined, () => "x")).toMatch(/^Another active mentor/);
  });
});
