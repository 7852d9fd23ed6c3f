import { api, unwrap } from "@/lib/api/client";
import { ApiError } from "@/lib/api/problem";
import type { components } from "@/types/api/mentor";

export type Application = components["schemas"]["ApplicationView"];
export type Apply = components["schemas"]["Apply"];
export type OwnMentorProfile = components["schemas"]["OwnProfile"];

const STATUSES = ["PENDING", "APPROVED", "DECLINED"] as const;

/**
 * My applications, newest first. mentor-service lists a person's own applications whatever `status` says, but an
 * admin's list is everyone's with one status; so an admin asks for each status and keeps their own.
 */
export async function listMyApplications(userId: string, admin: boolean, signal?: AbortSignal): Promise<Application[]> {
  const lists = admin
    ? await Promise.all(
        STATUSES.map((status) => unwrap(api.GET("/api/mentors/applications", { params: { query: { status } }, signal }))),
      )
    : [await unwrap(api.GET("/api/mentors/applications", { signal }))];
  const mine = new Map<string, Application>();
  for (const application of lists.flat()) {
    if (application.userId === userId && application.id) mine.set(application.id, application);
  }
  return [...mine.values()].sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""));
}

export async function applyToMentor(body: Apply): Promise<Application> {
  return (await unwrap(api.POST("/api/mentors/applications", { body }))) as Application;
}

/** My catalog profile if I am a mentor; null when I have none (the service answers 404). */
export async function getOwnMentorProfile(signal?: AbortSignal): Promise<OwnMentorProfile | null> {
  try {
    return await unwrap(api.GET("/api/mentors/me", { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
