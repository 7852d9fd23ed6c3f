import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/booking";

export type AvailabilityView = components["schemas"]["AvailabilityView"];
export type AvailabilityBody = components["schemas"]["AvailabilityBody"];
export type Slots = components["schemas"]["SlotsView"];
/** A start time, already local to the zone asked for: `date` (YYYY-MM-DD) and `time` (HH:mm) are the zone's. */
export type Slot = components["schemas"]["SlotView"];

/** My weekly hours, date overrides and rules (the service's defaults and `configured: false` until I save). */
export async function getAvailability(signal?: AbortSignal): Promise<AvailabilityView> {
  return (await unwrap(api.GET("/api/availability", { signal }))) as AvailabilityView;
}

export async function saveAvailability(body: AvailabilityBody): Promise<AvailabilityView> {
  return (await unwrap(api.PUT("/api/availability", { body }))) as AvailabilityView;
}

/**
 * The slots `body` would offer between two dates of its own zone (`to` inclusive), computed by booking-service
 * exactly as mentees' are; nothing is saved. A 400 names the fields at fault, as saving would.
 */
export async function previewAvailability(
  body: AvailabilityBody,
  window: { from: string; to: string },
  signal?: AbortSignal,
): Promise<Slots> {
  return (await unwrap(api.POST("/api/availability/preview", { body, params: { query: window }, signal }))) as Slots;
}
