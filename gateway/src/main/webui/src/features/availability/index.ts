// The availability feature's public face: the mentor's Acuity connection, shown on their profile editor too.
export { useAcuityConnection } from "./hooks/useAcuityConnection";
export type { AcuityConnection } from "./api/acuity";
export { MentorsOnly } from "./components/MentorsOnly";
