import { describe, expect, it } from "vitest";
import { emptyPersona, isDirty, personaIdFor, toPersonaBody, validatePersona, draftOf } from "./personaForm";
import { gist, validateCard } from "./cardForm";

const valid = {
  ...emptyPersona,
  id: "ai-negotiation",
  displayName: "Nadia — Negotiation Coach",
  headline: "Helps people negotiate salary and offers",
  bio: "I help people prepare for salary conversations and job offers with calm asks.",
  expertise: ["negotiation"],
  languages: ["en"],
  systemPrompt: "You are Nadia, a negotiation coach. Ground every answer in your advice cards.",
};

describe("the persona form", () => {
  it("derives a new persona's id from its name", () => {
    expect(personaIdFor("Nadia — Negotiation Coach")).toBe("ai-nadia-negotiation-coach");
    expect(personaIdFor("  Zoë & Léa: Café  ")).toBe("ai-zoe-lea-cafe");
    expect(personaIdFor("!!!")).toBe("");
    const long = personaIdFor("word ".repeat(30));
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^ai-[a-z0-9-]+[a-z0-9]$/);
  });

  it("accepts a complete persona and names every field at fault otherwise", () => {
    expect(validatePersona(valid, true)).toEqual({});
    const errors = validatePersona({ ...emptyPersona, id: "Bad_Id", headline: "short", languages: [] }, true);
    expect(Object.keys(errors).sort()).toEqual(["bio", "displayName", "expertise", "headline", "id", "languages", "systemPrompt"]);
    expect(errors.headline).toBe("At least 10 characters (now 5).");
  });

  it("checks the id only when creating", () => {
    expect(validatePersona({ ...valid, id: "whatever" }, false)).toEqual({});
  });

  it("holds each list to its bounds", () => {
    expect(validatePersona({ ...valid, expertise: Array.from({ length: 13 }, (_, i) => `f${i}`) }, false).expertise).toMatch(/1 to 12/);
    expect(validatePersona({ ...valid, expertise: ["x".repeat(41)] }, false).expertise).toMatch(/longer than 40/);
    expect(validatePersona({ ...valid, voice: "v".repeat(501) }, false).voice).toMatch(/500/);
  });

  it("sends a trimmed body without cards and without an empty voice", () => {
    const body = toPersonaBody({ ...valid, displayName: "  Nadia  ", voice: "   " });
    expect(body.displayName).toBe("Nadia");
    expect(body).not.toHaveProperty("voice");
    expect(body).not.toHaveProperty("cards");
    expect(toPersonaBody({ ...valid, voice: " Calm " }).voice).toBe("Calm");
  });

  it("knows when the form differs from what is saved, ignoring outer spaces", () => {
    const saved = draftOf({ ...valid, voice: null });
    expect(isDirty({ ...saved, headline: `${saved.headline}  ` }, saved)).toBe(false);
    expect(isDirty({ ...saved, expertise: ["negotiation", "offers"] }, saved)).toBe(true);
  });
});

describe("the card form", () => {
  it("asks for a title and advice of 20 to 2000 characters, and at most 8 tags", () => {
    expect(validateCard({ title: "Anchor", body: "Research the market range first.", tags: [] })).toEqual({});
    expect(Object.keys(validateCard({ title: " ", body: "short", tags: Array.from({ length: 9 }, (_, i) => `t${i}`) }))).toEqual([
      "title",
      "body",
      "tags",
    ]);
  });

  it("shortens long advice at a word for the list", () => {
    expect(gist("One two three", 50)).toBe("One two three");
    expect(gist("alpha beta gamma delta", 12)).toBe("alpha beta…");
  });
});
