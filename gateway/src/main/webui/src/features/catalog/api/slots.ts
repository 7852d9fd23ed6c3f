import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/booking";

export type Slots = components["schemas"]["SlotsView"];
export type Slot = components["schemas"]["SlotView"];

/** A human mentor's free times (signed in only), with dates and times in `timeZone`. */
export function getFreeSlots(mentorId: string, timeZone: string, signal?: AbortSignal): Promise<Slots> {
  return unwrap(api.GET("/api/bookings/slots", { params: { query: { mentorId, timeZone } }, signal }));
}
