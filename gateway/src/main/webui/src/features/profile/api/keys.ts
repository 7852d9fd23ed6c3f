/** Query keys of my own profile, my mentor applications and (for mentors) my catalog profile. */
export const profileKeys = {
  me: () => ["profile", "me"] as const,
  applications: (userId: string) => ["profile", "applications", userId] as const,
  mentorProfile: (userId: string) => ["profile", "mentor-profile", userId] as const,
};
