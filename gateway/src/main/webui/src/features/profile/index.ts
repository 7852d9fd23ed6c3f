import * as React from "react";
export { useMe, useViewerTimeZone } from "./hooks/useMe";
export { useOwnMentorProfile } from "./hooks/useMentoring";
// watched for every signed-in person, but loaded apart from the first page's JavaScript
export const MentorApprovalWatcher = React.lazy(() =>
  import("./components/MentorApprovalWatcher").then((m) => ({ default: m.MentorApprovalWatcher })),
);
export type { Me } from "./api/me";
// the mentor profile's form pieces, shared with a mentor's profile editor (same fields and limits as applying)
export { TagInput } from "./components/TagInput";
export {
  APPLICATION_FIELDS,
  CURRENCIES,
  LIMITS as PROFILE_LIMITS,
  SESSION_LENGTHS,
  mergeList,
  toApplyBody,
  toLanguageCode,
  validateApplication,
} from "./model/applicationForm";
export type { ApplicationDraft, ApplicationField } from "./model/applicationForm";
export { profileKeys } from "./api/keys";
export type { OwnMentorProfile } from "./api/mentoring";
