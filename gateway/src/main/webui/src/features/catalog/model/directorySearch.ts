/**
 * The directory's search as it lives in the address bar (`?q=&kind=&expertise=&language=&sort=&page=`), so a
 * search can be shared, reloaded and walked back through. Anything a person types into the URL is read leniently
 * and clamped to what mentor-service accepts, so the page never sends a request the server would refuse.
 */

export const PAGE_SIZE = 12;
export const MAX_QUERY_LENGTH = 200;
export const MAX_EXPERTISE_LENGTH = 60;
/** The server's pages are 0-based and stop at 10000; the URL's are 1-based. */
export const MAX_PAGE = 10_001;

export const SORTS = ["relevance", "name", "rating", "newest"] as const;
export type Sort = (typeof SORTS)[number];
export type KindFilter = "AI" | "HUMAN" | null;

export type DirectorySearch = {
  q: string;
  kind: KindFilter;
  expertise: string;
  language: string;
  sort: Sort;
  /** 1-based. */
  page: number;
};

export const DEFAULT_SEARCH: DirectorySearch = {
  q: "",
  kind: null,
  expertise: "",
  language: "",
  sort: "relevance",
  page: 1,
};

/** Collapses runs of whitespace, trims, and cuts to `max` characters. */
export function cleanText(value: string | null | undefined, max: number): string {
  return (value ?? "").replace(/\s+/g, " ").trim().slice(0, max).trim();
}

export function parseKind(value: string | null | undefined): KindFilter {
  const upper = (value ?? "").trim().toUpperCase();
  return upper === "AI" || upper === "HUMAN" ? upper : null;
}

/** A 2–3 letter language code in lower case, or "" for anything else. */
export function parseLanguage(value: string | null | undefined): string {
  const code = (value ?? "").trim().toLowerCase();
  return /^[a-z]{2,3}$/.test(code) ? code : "";
}

export function parseSort(value: string | null | undefined): Sort {
  const sort = (value ?? "").trim().toLowerCase();
  return (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : "relevance";
}

export function parsePage(value: string | null | undefined): number {
  const page = Number.parseInt(value ?? "", 10);
  if (!Number.isFinite(page) || page < 1) return 1;
  return Math.min(page, MAX_PAGE);
}

/** Reads the address bar; every value is valid for the server afterwards. */
export function parseSearch(params: URLSearchParams): DirectorySearch {
  return {
    q: cleanText(params.get("q"), MAX_QUERY_LENGTH),
    kind: parseKind(params.get("kind")),
    expertise: cleanText(params.get("expertise"), MAX_EXPERTISE_LENGTH),
    language: parseLanguage(params.get("language")),
    sort: parseSort(params.get("sort")),
    page: parsePage(params.get("page")),
  };
}

/** Writes the address bar: only what differs from the defaults, in a stable order. */
export function serializeSearch(search: DirectorySearch): URLSearchParams {
  const clean = parseSearch(toParams(search));
  return toParams(clean);
}

function toParams(search: DirectorySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.kind) params.set("kind", search.kind.toLowerCase());
  if (search.expertise) params.set("expertise", search.expertise);
  if (search.language) params.set("language", search.language);
  if (search.sort !== DEFAULT_SEARCH.sort) params.set("sort", search.sort);
  if (search.page !== DEFAULT_SEARCH.page) params.set("page", String(search.page));
  return params;
}

/** A change of what is searched for starts again at page 1; only paging itself keeps the page. */
export function withChange(search: DirectorySearch, change: Partial<Omit<DirectorySearch, "page">>): DirectorySearch {
  return { ...search, ...change, page: 1 };
}

export function hasFilters(search: DirectorySearch): boolean {
  return Boolean(search.q || search.kind || search.expertise || search.language);
}

export type MentorQuery = {
  q?: string;
  kind?: "AI" | "HUMAN";
  expertise?: string;
  language?: string;
  sort: Sort;
  page: number;
  size: number;
};

/** What GET /api/mentors is asked: empty filters left out, the page 0-based. */
export function toMentorQuery(search: DirectorySearch): MentorQuery {
  const clean = parseSearch(toParams(search));
  return {
    ...(clean.q && { q: clean.q }),
    ...(clean.kind && { kind: clean.kind }),
    ...(clean.expertise && { expertise: clean.expertise }),
    ...(clean.language && { language: clean.language }),
    sort: clean.sort,
    page: clean.page - 1,
    size: PAGE_SIZE,
  };
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The empty state's title, naming what was looked for: `No human mentors match “money” in “finance”`. */
export function noMatchTitle(search: DirectorySearch, languageName: (code: string) => string = (c) => c): string {
  const noun = search.kind === "AI" ? "AI mentors" : search.kind === "HUMAN" ? "human mentors" : "mentors";
  const parts = [
    search.q && `match “${search.q}”`,
    search.expertise && `${search.q ? "in" : "work in"} “${search.expertise}”`,
    search.language && `${search.q || search.expertise ? "speaking" : "speak"} ${languageName(search.language)}`,
  ].filter(Boolean);
  return parts.length > 0 ? `No ${noun} ${parts.join(" ")}` : `No ${noun} here yet`;
}
