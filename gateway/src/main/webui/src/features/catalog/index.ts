export { useMentor } from "./hooks/useMentor";
export type { Mentor } from "./api/mentors";
// a mentor's page in parts, for a mentor's preview of their own profile
export { MentorHeader } from "./components/MentorHeader";
export { MentorDetails } from "./components/MentorDetails";
export { MentorActions } from "./components/MentorActions";
export { catalogKeys } from "./api/keys";
