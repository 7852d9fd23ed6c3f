import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/mentor";
import { adminApi } from "@/lib/api/adminClient";
import type { RosterFilters } from "../model/roster";

export type RosterMentor = components["schemas"]["AdminMentorView"];
export type RosterPage = { items: RosterMentor[]; page: number; size: number; total: number };

/**
 * The mentors admins manage. mentor-service serves the list at `/api/admin/mentors`; the gateway reaches it as
 * `/api/admin/mentor/mentors` (the service's segment tells it where to go).
 */
export function listRoster(filters: RosterFilters, signal?: AbortSignal): Promise<RosterPage> {
  return unwrap(
    adminApi("mentor").GET("/api/admin/mentors", {
      params: {
        query: {
          kind: filters.kind === "ALL" ? undefined : filters.kind,
          status: filters.status,
          q: filters.q.trim() || undefined,
          size: 100,
        },
      },
      signal,
    }),
  );
}

/** Connects a human mentor to their Acuity calendar and appointment type, or disconnects them (null). */
export function connectAcuity(mentorId: string, ids: { calendarId: string; appointmentTypeId: string } | null) {
  return unwrap(
    api.PUT("/api/mentors/{id}/acuity", {
      params: { path: { id: mentorId } },
      body: ids ?? {},
    }),
  );
}

export async function retireMentor(mentorId: string): Promise<void> {
  await unwrap(api.POST("/api/mentors/{id}/retire", { params: { path: { id: mentorId } } }));
}
