export { useMe, useViewerTimeZone } from "./hooks/useMe";
export { useOwnMentorProfile } from "./hooks/useMentoring";
export { MentorApprovalWatcher } from "./components/MentorApprovalWatcher";
export type { Me } from "./api/me";
