import { describe, expect, it } from "vitest";
import { draftOfCouncil, emptyCurated, toCuratedBody, validateCurated } from "./curatedForm";

describe("curating a council", () => {
  it("needs a name, a purpose and two to five members", () => {
    expect(Object.keys(validateCurated(emptyCurated))).toEqual(["name", "purpose", "memberIds"]);
    expect(validateCurated({ name: "Money", purpose: "Money questions", memberIds: ["a", "b"], chairId: "" })).toEqual({});
    expect(validateCurated({ name: "x".repeat(81), purpose: "p".repeat(301), memberIds: ["a", "b", "c", "d", "e", "f"], chairId: "" })).toEqual({
      name: "At most 80 characters.",
      purpose: "At most 300 characters.",
      memberIds: "Pick 2 to 5 AI mentors.",
    });
  });

  it("sends the chosen chair while they are a member, else the first member", () => {
    const draft = { name: " Money ", purpose: " Money questions ", memberIds: ["a", "b"], chairId: "b" };
    expect(toCuratedBody(draft)).toEqual({ name: "Money", purpose: "Money questions", memberIds: ["a", "b"], chairId: "b" });
    expect(toCuratedBody({ ...draft, chairId: "gone" }).chairId).toBe("a");
  });

  it("starts editing from the council as it is", () => {
    const council = {
      id: "c1",
      name: "Money",
      purpose: "Money questions",
      chairMentorId: "b",
      mine: false,
      curated: true,
      members: [{ id: "a" }, { id: "b" }] as never,
    };
    expect(draftOfCouncil(council)).toEqual({ name: "Money", purpose: "Money questions", memberIds: ["a", "b"], chairId: "b" });
  });
});
