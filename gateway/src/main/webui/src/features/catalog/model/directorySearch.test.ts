import { describe, expect, it } from "vitest";
import {
  DEFAULT_SEARCH,
  MAX_PAGE,
  noMatchTitle,
  pageCount,
  parseSearch,
  serializeSearch,
  toMentorQuery,
  withChange,
} from "./directorySearch";

const parse = (query: string) => parseSearch(new URLSearchParams(query));

describe("reading the directory's address bar", () => {
  it("an empty address is the default search", () => {
    expect(parse("")).toEqual(DEFAULT_SEARCH);
  });

  it("a shared search is read back as written", () => {
    expect(parse("q=promotion&kind=human&expertise=leadership&language=pt&sort=rating&page=3")).toEqual({
      q: "promotion",
      kind: "HUMAN",
      expertise: "leadership",
      language: "pt",
      sort: "rating",
      page: 3,
    });
  });

  it("kind, language and sort are read whatever their case", () => {
    expect(parse("kind=Ai&language=EN&sort=Newest")).toMatchObject({ kind: "AI", language: "en", sort: "newest" });
  });

  it("values the server would refuse are dropped back to their defaults", () => {
    expect(parse("kind=robot&language=english&sort=cheapest&page=-2")).toEqual(DEFAULT_SEARCH);
    expect(parse("language=e1&page=abc").language).toBe("");
    expect(parse("page=0").page).toBe(1);
  });

  it("a page past the server's limit is clamped to the last one it serves", () => {
    expect(parse("page=99999999").page).toBe(MAX_PAGE);
    expect(toMentorQuery(parse("page=99999999")).page).toBe(10_000);
  });

  it("search text is trimmed, its spaces collapsed and cut to 200 characters", () => {
    expect(parse("q=%20%20team%20%20%20lead%20").q).toBe("team lead");
    expect(parse(`q=${"a".repeat(250)}`).q).toHaveLength(200);
    expect(parse(`expertise=${"b".repeat(80)}`).expertise).toHaveLength(60);
  });
});

describe("writing the directory's address bar", () => {
  it("leaves out everything at its default", () => {
    expect(serializeSearch(DEFAULT_SEARCH).toString()).toBe("");
  });

  it("writes what differs, in a stable order, with the kind in lower case", () => {
    const params = serializeSearch({ ...DEFAULT_SEARCH, page: 2, q: "money", kind: "AI", sort: "name" });
    expect(params.toString()).toBe("q=money&kind=ai&sort=name&page=2");
  });

  it("round-trips: what is written reads back the same", () => {
    const search = { q: "career change", kind: "HUMAN" as const, expertise: "ux", language: "de", sort: "newest" as const, page: 4 };
    expect(parseSearch(serializeSearch(search))).toEqual(search);
  });

  it("cleans what it writes, so the URL never holds a value the page would not send", () => {
    const params = serializeSearch({ ...DEFAULT_SEARCH, q: `  ${"x".repeat(300)} `, language: "english", page: 0 });
    expect(params.get("q")).toHaveLength(200);
    expect(params.has("language")).toBe(false);
    expect(params.has("page")).toBe(false);
  });
});

describe("asking mentor-service", () => {
  it("sends 0-based pages of 12 and leaves empty filters out", () => {
    expect(toMentorQuery(DEFAULT_SEARCH)).toEqual({ sort: "relevance", page: 0, size: 12 });
  });

  it("sends every filter that is set", () => {
    expect(toMentorQuery(parse("q=ux&kind=ai&expertise=design&language=fr&sort=name&page=2"))).toEqual({
      q: "ux",
      kind: "AI",
      expertise: "design",
      language: "fr",
      sort: "name",
      page: 1,
      size: 12,
    });
  });
});

describe("changing the search", () => {
  it("starts again at page 1 when what is searched for changes", () => {
    expect(withChange({ ...DEFAULT_SEARCH, page: 5 }, { kind: "AI" })).toMatchObject({ kind: "AI", page: 1 });
  });

  it("counts pages of 12, and at least one", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(12)).toBe(1);
    expect(pageCount(13)).toBe(2);
  });
});

describe("saying nothing matched", () => {
  it("names the words, the field, the language and the kind looked for", () => {
    expect(noMatchTitle({ ...DEFAULT_SEARCH, q: "money", kind: "HUMAN" })).toBe("No human mentors match “money”");
    expect(noMatchTitle({ ...DEFAULT_SEARCH, expertise: "design" })).toBe("No mentors work in “design”");
    expect(noMatchTitle({ ...DEFAULT_SEARCH, language: "pt", kind: "AI" }, () => "Portuguese")).toBe(
      "No AI mentors speak Portuguese",
    );
    expect(noMatchTitle({ ...DEFAULT_SEARCH, q: "ux", expertise: "design", language: "de" }, () => "German")).toBe(
      "No mentors match “ux” in “design” speaking German",
    );
  });
});
