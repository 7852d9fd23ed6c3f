import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/mentor";

export type OwnProfile = components["schemas"]["OwnProfile"];
export type ProfileUpdate = components["schemas"]["ProfileUpdate"];

/** Saves what mentees see of me; fields left out stay as they are (the Acuity ids are an admin's to set). */
export async function updateOwnProfile(body: ProfileUpdate): Promise<OwnProfile> {
  return (await unwrap(api.PUT("/api/mentors/me", { body }))) as OwnProfile;
}
