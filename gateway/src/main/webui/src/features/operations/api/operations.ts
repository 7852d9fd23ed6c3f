import { type AdminService, adminApi } from "@/lib/api/adminClient";
import { mentraFetch, unwrap } from "@/lib/api/client";
import { ApiError, problemOf, retryAfterSeconds } from "@/lib/api/problem";
import type { components } from "@/types/api/booking";
import type { ParkedStatus } from "../model/operations";

/** Every service serves the same parked-events API (deploy/platform), so one service's types describe all four. */
export type ParkedEvent = components["schemas"]["ParkedEvent"];
export type ParkedEventPage = components["schemas"]["ParkedEventPage"];
export type ReplayedEvent = components["schemas"]["ReplayedEvent"];
export type ReplaySummary = components["schemas"]["ReplaySummary"];

/** A service's parked events with this status, oldest first (the first page: the screen shows at most 50). */
export function listParked(service: AdminService, status: ParkedStatus, signal?: AbortSignal): Promise<ParkedEventPage> {
  return unwrap(adminApi(service).GET("/api/admin/parked-events", { params: { query: { status, size: 50 } }, signal }));
}

export function replayOne(service: AdminService, id: number): Promise<ReplayedEvent> {
  return unwrap(adminApi(service).POST("/api/admin/parked-events/{id}/replay", { params: { path: { id } } }));
}

export function replayAll(service: AdminService): Promise<ReplaySummary> {
  return unwrap(adminApi(service).POST("/api/admin/parked-events/replay", { params: { query: {} } }));
}

/**
 * The gateway's own view of the services (not a service's API, so not in the generated types): its
 * `GET /api/admin/health`, admins only.
 */
export type ServiceHealth = {
  service: string;
  status: "UP" | "DOWN";
  /** Why it is down: its answer's status code, or "unreachable: …". */
  detail: string | null;
  checks: { name: string; status: string }[];
  responseMillis: number;
};
export type ServicesHealth = { checkedAt: string; services: ServiceHealth[] };

export async function getServicesHealth(signal?: AbortSignal): Promise<ServicesHealth> {
  const response = await mentraFetch(new Request("/api/admin/health", { headers: { Accept: "application/json" }, signal }));
  if (!response.ok) throw new ApiError(response.status, await problemOf(response), retryAfterSeconds(response));
  return (await response.json()) as ServicesHealth;
}
