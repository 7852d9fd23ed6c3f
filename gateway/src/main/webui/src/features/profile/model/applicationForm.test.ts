import { describe, expect, it } from "vitest";
import {
  type ApplicationDraft,
  mergeList,
  parsePriceCents,
  toApplyBody,
  toLanguageCode,
  validateApplication,
} from "./applicationForm";

const valid: ApplicationDraft = {
  headline: "Engineering manager helping developers grow",
  bio: "Fifteen years in software, the last eight leading teams of engineers at scale.",
  expertise: ["leadership", "promotion"],
  languages: ["en"],
  timeZone: "Europe/Lisbon",
  sessionMinutes: 45,
  price: "",
  currency: "EUR",
};

describe("typing a list of fields", () => {
  it("trims entries, collapses their spaces and drops blanks", () => {
    expect(mergeList([], [" design", "  ux   research ", "", "  "])).toEqual(["design", "ux research"]);
  });

  it("keeps each entry once, ignoring case, in the order typed", () => {
    expect(mergeList([], ["Design", "design", "DESIGN", "ux"])).toEqual(["Design", "ux"]);
    expect(mergeList(["Leadership"], ["leadership", "hiring"])).toEqual(["Leadership", "hiring"]);
  });
});

describe("typing languages", () => {
  it("accepts codes in any case and common language names", () => {
    expect(toLanguageCode("EN")).toBe("en");
    expect(toLanguageCode("Portuguese")).toBe("pt");
    expect(toLanguageCode(" español ")).toBe("es");
  });

  it("refuses what is neither", () => {
    expect(toLanguageCode("klingon")).toBeNull();
    expect(toLanguageCode("e1")).toBeNull();
  });
});

describe("typing a price", () => {
  it("reads amounts as people write them", () => {
    expect(parsePriceCents("50")).toBe(5000);
    expect(parsePriceCents("49.9")).toBe(4990);
    expect(parsePriceCents("49,90")).toBe(4990);
    expect(parsePriceCents("1,200")).toBe(120000);
    expect(parsePriceCents(" ")).toBeNull();
  });

  it("marks what is not an amount", () => {
    expect(parsePriceCents("fifty")).toBeNaN();
    expect(parsePriceCents("-5")).toBeNaN();
    expect(parsePriceCents("1.234")).toBeNaN();
  });
});

describe("checking an application before sending it", () => {
  it("passes a complete one", () => {
    expect(validateApplication(valid)).toEqual({});
  });

  it("holds the server's limits on lengths and counts", () => {
    const errors = validateApplication({
      ...valid,
      headline: "short",
      bio: "tiny",
      expertise: [],
      languages: ["english"],
      sessionMinutes: 5,
    });
    expect(Object.keys(errors).sort()).toEqual(["bio", "expertise", "headline", "languages", "sessionMinutes"]);
    expect(validateApplication({ ...valid, expertise: ["x".repeat(41)] }).expertise).toContain("longer than 40");
    expect(validateApplication({ ...valid, expertise: Array.from({ length: 13 }, (_, i) => `f${i}`) }).expertise).toBeDefined();
  });

  it("counts the headline and bio without surrounding spaces", () => {
    expect(validateApplication({ ...valid, headline: `   ${"a".repeat(9)}   ` }).headline).toBeDefined();
  });

  it("refuses a price that is not an amount, and asks for its currency", () => {
    expect(validateApplication({ ...valid, price: "lots" }).priceCents).toBeDefined();
    expect(validateApplication({ ...valid, price: "50", currency: "" }).currency).toBeDefined();
  });
});

describe("the request body", () => {
  it("sends the price and currency together, or neither", () => {
    expect(toApplyBody({ ...valid, price: "49,90" })).toMatchObject({ priceCents: 4990, currency: "EUR" });
    const free = toApplyBody(valid);
    expect(free).not.toHaveProperty("priceCents");
    expect(free).not.toHaveProperty("currency");
  });

  it("trims the text and lowers the language codes", () => {
    expect(toApplyBody({ ...valid, headline: `  ${valid.headline}  `, languages: ["EN", "Pt"] })).toMatchObject({
      headline: valid.headline,
      languages: ["en", "pt"],
    });
  });
});
