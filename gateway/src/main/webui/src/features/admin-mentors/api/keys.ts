/** Query keys of the admins' mentor roster; an Acuity change or a retirement invalidates every list. */
export const rosterKeys = {
  all: ["admin-mentors"] as const,
  list: (filters: { kind: string; status: string; q: string }) => ["admin-mentors", "list", filters] as const,
};
