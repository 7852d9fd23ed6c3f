import { describe, expect, it } from "vitest";
import { formatAskedPrice, noteError, reviewStatusOf } from "./review";

describe("deciding an application", () => {
  it("approves with or without a note", () => {
    expect(noteError("approve", "")).toBeNull();
    expect(noteError("approve", "Welcome!")).toBeNull();
  });

  it("declines only with a reason the applicant can read", () => {
    expect(noteError("decline", "")).toMatch(/why/);
    expect(noteError("decline", "   no    ")).toMatch(/why/);
    expect(noteError("decline", "We need more mentoring experience first.")).toBeNull();
  });

  it("holds the server's limit on the note", () => {
    expect(noteError("approve", "x".repeat(1001))).toMatch(/1000/);
    expect(noteError("decline", "x".repeat(1000))).toBeNull();
  });
});

describe("the applicant's details", () => {
  it("shows the asked price with its currency, or free", () => {
    expect(formatAskedPrice({ amountCents: 8000, currency: "EUR" }, "en")).toBe("€80.00 per session");
    expect(formatAskedPrice(null)).toBe("Free");
    expect(formatAskedPrice({ amountCents: 4990, currency: null })).toBe("49.90 per session");
    expect(formatAskedPrice({ amountCents: 100, currency: "ZZZZ" })).toBe("1.00 ZZZZ per session");
  });

  it("opens the list the address names, the waiting queue otherwise", () => {
    expect(reviewStatusOf("declined")).toBe("DECLINED");
    expect(reviewStatusOf(null)).toBe("PENDING");
    expect(reviewStatusOf("everything")).toBe("PENDING");
  });
});
