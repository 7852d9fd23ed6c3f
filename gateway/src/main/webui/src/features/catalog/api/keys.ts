import type { MentorQuery } from "../model/directorySearch";

/** Query keys of the catalog: mentors, their reviews and free times, and the councils. */
export const catalogKeys = {
  all: ["catalog"] as const,
  searches: () => ["catalog", "search"] as const,
  search: (query: MentorQuery) => ["catalog", "search", query] as const,
  mentor: (id: string) => ["catalog", "mentor", id] as const,
  reviews: (id: string) => ["catalog", "mentor", id, "reviews"] as const,
  /** Free times are the booking service's, but shown here as a preview, in the viewer's zone. */
  slots: (id: string, timeZone: string) => ["catalog", "mentor", id, "slots", timeZone] as const,
  councils: () => ["catalog", "councils"] as const,
};
