/** Query keys of the admin's council curation. */
export const adminCouncilKeys = {
  all: ["admin-councils"] as const,
  curated: () => ["admin-councils", "curated"] as const,
};
