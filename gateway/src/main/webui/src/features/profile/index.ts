export { useMe, useViewerTimeZone } from "./hooks/useMe";
export type { Me } from "./api/me";
