import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "@/lib/api/problem";
import { chairOf, emptyCouncilForm, errorsFromServer, toggleMember, toNewCouncil, validateCouncil } from "./assemble";

describe("assembling a council", () => {
  it("chairs the council with the first member picked until someone else is chosen", () => {
    expect(chairOf({ ...emptyCouncilForm, memberIds: ["a", "b"] })).toBe("a");
    expect(chairOf({ ...emptyCouncilForm, memberIds: ["a", "b"], chairId: "b" })).toBe("b");
    // the chosen chair was unpicked: back to the first member
    expect(chairOf({ ...emptyCouncilForm, memberIds: ["a", "c"], chairId: "b" })).toBe("a");
  });

  it("seats at most five members", () => {
    const five = ["a", "b", "c", "d", "e"];
    expect(toggleMember(five, "f")).toBe(five);
    expect(toggleMember(five, "c")).toEqual(["a", "b", "d", "e"]);
    expect(toggleMember(["a"], "b")).toEqual(["a", "b"]);
  });

  it("asks for a name and two to five members before sending", () => {
    expect(validateCouncil({ ...emptyCouncilForm, name: "  ", memberIds: ["a"] })).toEqual({
      name: "Give your council a name.",
      memberIds: "Pick 2 to 5 AI mentors.",
    });
    expect(validateCouncil({ ...emptyCouncilForm, name: "Money", memberIds: ["a", "b"] })).toEqual({});
    expect(validateCouncil({ ...emptyCouncilForm, name: "x".repeat(81), memberIds: ["a", "b"] }).name).toMatch(/80/);
  });

  it("sends the trimmed name, no empty purpose, and the chair", () => {
    expect(toNewCouncil({ name: " Money ", purpose: "  ", memberIds: ["a", "b"], chairId: "" })).toEqual({
      name: "Money",
      purpose: undefined,
      memberIds: ["a", "b"],
      chairId: "a",
    });
  });

  it("shows the server's refusals next to their fields", () => {
    const invalid = new ApiError(400, {
      type: "https://mentra.dev/problems/validation",
      errors: [
        { field: "memberIds", message: "size must be between 2 and 5" },
        { field: "name", message: "must not be blank" },
      ],
    });
    expect(errorsFromServer(invalid)).toEqual({
      fields: { memberIds: "size must be between 2 and 5", name: "must not be blank" },
      form: undefined,
    });
    const chair = new ApiError(400, { type: "https://mentra.dev/problems/chair-not-member", detail: "The chair must be one of the members" });
    expect(errorsFromServer(chair).fields).toEqual({ chairId: "The chair must be one of the members" });
  });

  it("says what went wrong for the whole form when no field is at fault", () => {
    expect(errorsFromServer(new NetworkError()).form).toMatch(/can't be reached/);
    expect(errorsFromServer(new ApiError(500, { detail: "Boom" }))).toEqual({ fields: {}, form: "Boom" });
  });
});
