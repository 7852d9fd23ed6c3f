import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/mentor";

export type Mentor = components["schemas"]["MentorView"];

export const catalogKeys = {
  all: ["catalog"] as const,
  mentor: (id: string) => ["catalog", "mentor", id] as const,
};

export function getMentor(id: string, signal?: AbortSignal): Promise<Mentor> {
  return unwrap(api.GET("/api/mentors/{id}", { params: { path: { id } }, signal }));
}
