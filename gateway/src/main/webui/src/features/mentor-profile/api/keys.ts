/*
 * The caches a profile change touches, spelled out because their features keep their keys to themselves (these
 * match the profile feature's `mentorProfile` and the catalog's `mentor` keys; prefix matching reaches below).
 */
export const ownProfileKey = (userId: string) => ["profile", "mentor-profile", userId] as const;
export const catalogMentorKey = (mentorId: string) => ["catalog", "mentor", mentorId] as const;
export const catalogSearchesKey = ["catalog", "search"] as const;
