import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/identity";

export { profileKeys } from "./keys";

export type Me = components["schemas"]["PrivateProfile"];
export type ProfilePatch = components["schemas"]["ProfilePatch"];

export function getMe(signal?: AbortSignal): Promise<Me> {
  return unwrap(api.GET("/api/me", { signal }));
}

export function updateMe(patch: ProfilePatch): Promise<Me> {
  return unwrap(api.PATCH("/api/me", { body: patch }));
}
