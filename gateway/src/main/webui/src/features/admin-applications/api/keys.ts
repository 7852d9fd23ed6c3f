/** Query keys of the admins' application queue; a decision invalidates every status's list. */
export const applicationReviewKeys = {
  all: ["admin-applications"] as const,
  list: (status: string) => ["admin-applications", "list", status] as const,
  applicant: (userId: string) => ["admin-applications", "applicant", userId] as const,
};
