import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/mentor";

export type Council = components["schemas"]["CouncilView"];
export type CouncilMentor = components["schemas"]["MentorView"];
export type NewCouncil = components["schemas"]["NewCouncil"];

/** The most members a council seats, and the fewest (mentor-service's rule). */
export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 5;
export const MAX_NAME = 80;
export const MAX_PURPOSE = 300;

/** Curated councils for everyone, plus the caller's own (`mine`). */
export function listCouncils(signal?: AbortSignal): Promise<Council[]> {
  return unwrap(api.GET("/api/councils", { signal }));
}

export function getCouncil(id: string, signal?: AbortSignal): Promise<Council> {
  return unwrap(api.GET("/api/councils/{id}", { params: { path: { id } }, signal }));
}

/** Creates one of the caller's own councils; answers it as it is now stored (201). */
export function createCouncil(body: NewCouncil): Promise<Council> {
  return unwrap(api.POST("/api/councils", { body }));
}

export async function deleteCouncil(id: string): Promise<void> {
  await unwrap(api.DELETE("/api/councils/{id}", { params: { path: { id } } }));
}

/** Every AI mentor of the catalog: who can sit on a council. */
export async function listAiMentors(signal?: AbortSignal): Promise<CouncilMentor[]> {
  const page = await unwrap(api.GET("/api/mentors", { params: { query: { kind: "AI", size: 100 } }, signal }));
  return page.items;
}
