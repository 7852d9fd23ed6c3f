import { useOwnMentorProfile, useViewerTimeZone } from "@/features/profile";

/** The zone a mentor works in: their mentor profile's, else their own account's. */
export function useMentorZone(): string {
  const profile = useOwnMentorProfile();
  const viewer = useViewerTimeZone();
  return profile.data?.profile.timeZone || viewer;
}
