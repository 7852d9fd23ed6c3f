import { describe, expect, it } from "vitest";
import { starterQuestions } from "./starters";

describe("starter questions", () => {
  it("asks about the mentor's first areas of expertise, each phrased differently", () => {
    const questions = starterQuestions(["Burnout", "boundaries", "sleep", "habits"]);
    expect(questions).toEqual([
      "Where should I start with burnout?",
      "What are common mistakes people make with boundaries?",
      "What is one small step I could take this week on sleep?",
    ]);
  });

  it("skips blank and repeated topics", () => {
    expect(starterQuestions(["", "Sleep", "sleep "], 3)).toEqual(["Where should I start with sleep?"]);
  });

  it("falls back to general questions when the mentor lists no expertise", () => {
    expect(starterQuestions(undefined)).toHaveLength(3);
    expect(starterQuestions([])[0]).toBe("What should I focus on first?");
  });
});
