import { api, unwrap } from "@/lib/api/client";
import type { Booking } from "@/features/booking";

const PAGE_SIZE = 200;
const MAX_PAGES = 10;

/** The sessions I give as a mentor (booking-service lists both sides; `role` says which), in start order. */
export async function listMentorSessions(signal?: AbortSignal): Promise<Booking[]> {
  const all: Booking[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = await unwrap(api.GET("/api/bookings", { params: { query: { page, size: PAGE_SIZE } }, signal }));
    const items = (data ?? []) as Booking[];
    all.push(...items.filter((b) => b.role === "MENTOR"));
    if (items.length < PAGE_SIZE) break;
  }
  return all;
}

/** The mentor closes a session that has started (completing twice is the same as once). */
export async function completeSession(id: string): Promise<Booking> {
  return (await unwrap(api.POST("/api/bookings/{id}/complete", { params: { path: { id } } }))) as Booking;
}
