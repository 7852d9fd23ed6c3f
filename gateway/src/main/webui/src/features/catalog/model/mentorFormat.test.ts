import { describe, expect, it } from "vitest";
import { firstName, formatMinutes, formatPrice, ratingSummary, splitDisplayName } from "./mentorFormat";
import { commonTopics } from "./topics";
import { groupSlotsByDay } from "./slots";

describe("a mentor's name", () => {
  it("splits an AI persona's name from its title", () => {
    expect(splitDisplayName("Leila — Career Change & Communication Coach")).toEqual({
      name: "Leila",
      title: "Career Change & Communication Coach",
    });
    expect(splitDisplayName("Kwame - Startup Founder Mentor").title).toBe("Startup Founder Mentor");
  });

  it("keeps a person's name whole, hyphens included", () => {
    expect(splitDisplayName("Ana Silva-Costa")).toEqual({ name: "Ana Silva-Costa" });
  });

  it("addresses mentors by their first name", () => {
    expect(firstName("Daniel — Personal Finance Educator")).toBe("Daniel");
    expect(firstName("Oscar Mentor")).toBe("Oscar");
    expect(firstName(null)).toBe("Mentor");
  });
});

describe("a session's price and length", () => {
  it("shows whole amounts without cents and others with two decimals", () => {
    expect(formatPrice({ amountCents: 5000, currency: "EUR" }, "en")).toBe("€50");
    expect(formatPrice({ amountCents: 4990, currency: "usd" }, "en")).toBe("$49.90");
  });

  it("shows nothing for a mentor without a price, and the bare amount without a currency", () => {
    expect(formatPrice(null)).toBeNull();
    expect(formatPrice({ amountCents: 2500, currency: null })).toBe("25");
  });

  it("reads minutes as people say them", () => {
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(60)).toBe("1 h");
    expect(formatMinutes(90)).toBe("1 h 30 min");
    expect(formatMinutes(null)).toBeNull();
  });
});

describe("a mentor's rating", () => {
  it("is new until the first review", () => {
    expect(ratingSummary({ average: null, count: 0 })).toBeNull();
    expect(ratingSummary(undefined)).toBeNull();
  });

  it("rounds the average to one decimal", () => {
    expect(ratingSummary({ average: 4.6666, count: 3 })).toEqual({ average: 4.7, count: 3 });
  });
});

describe("popular fields in the results", () => {
  it("are the most common first, counted regardless of case", () => {
    expect(commonTopics([["Leadership", "hiring"], ["leadership", "promotion"], ["promotion", " leadership "]], 2)).toEqual([
      "Leadership",
      "promotion",
    ]);
  });
});

describe("a human mentor's next free times", () => {
  it("are the first few, in order, grouped by their day", () => {
    const slots = [
      { startsAt: "2026-12-01T09:00:00Z", date: "2026-12-01" },
      { startsAt: "2026-11-30T15:00:00Z", date: "2026-11-30" },
      { startsAt: "2026-11-30T14:00:00Z", date: "2026-11-30" },
      { startsAt: "2026-12-02T09:00:00Z", date: "2026-12-02" },
    ];
    expect(groupSlotsByDay(slots, 3)).toEqual([
      { date: "2026-11-30", starts: ["2026-11-30T14:00:00Z", "2026-11-30T15:00:00Z"] },
      { date: "2026-12-01", starts: ["2026-12-01T09:00:00Z"] },
    ]);
  });
});
