export { useMe, useViewerTimeZone } from "./hooks/useMe";
export { useOwnMentorProfile } from "./hooks/useMentoring";
export type { Me } from "./api/me";
