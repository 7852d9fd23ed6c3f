// The mentor's sessions: what the inbox needs to show each mentee's next session.
export { useMentorSessions } from "./hooks/useMentorSessions";
export { useMentorZone } from "./hooks/useMentorZone";
export { nextSessionWith } from "./model/sessions";
export { sessionKeys } from "./api/keys";
