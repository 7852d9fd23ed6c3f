export { useMe, useViewerTimeZone } from "./hooks/useMe";
export { useOwnMentorProfile } from "./hooks/useMentoring";
export type { Me } from "./api/me";
export { TagInput } from "./components/TagInput";
export { mergeList, toLanguageCode } from "./model/applicationForm";
