/** Query keys of the councils feature. The list depends on who asks (their own councils are in it). */
export const councilKeys = {
  all: ["councils"] as const,
  lists: () => ["councils", "list"] as const,
  list: (viewer: string | undefined) => ["councils", "list", viewer ?? "anonymous"] as const,
  detail: (id: string) => ["councils", "detail", id] as const,
  aiMentors: () => ["councils", "ai-mentors"] as const,
};
