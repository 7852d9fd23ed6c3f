export { useMentor } from "./hooks/useMentor";
export type { Mentor } from "./api/mentors";
export { catalogKeys } from "./api/keys";
