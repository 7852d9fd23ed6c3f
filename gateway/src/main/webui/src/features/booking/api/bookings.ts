import { api, unwrap } from "@/lib/api/client";
import type { components as BookingSchemas } from "@/types/api/booking";
import type { components as MentorSchemas } from "@/types/api/mentor";

/** A session as its mentee or mentor sees it. */
export type Booking = BookingSchemas["schemas"]["BookingView"];
export type BookingStatus = Booking["status"];
export type BookingRole = Booking["role"];

/** A bookable start, already in the asker's zone: `date` (YYYY-MM-DD) and `time` (HH:mm) are local there. */
export type Slot = BookingSchemas["schemas"]["SlotView"];
export type Slots = BookingSchemas["schemas"]["SlotsView"];

export type NewBooking = BookingSchemas["schemas"]["NewBooking"];
export type NewReview = MentorSchemas["schemas"]["NewReview"];
export type Review = MentorSchemas["schemas"]["ReviewView"];

/** Free start times of a mentor between two dates of `timeZone` (`to` inclusive). */
export async function getSlots(
  params: { mentorId: string; timeZone: string; from: string; to: string },
  signal?: AbortSignal,
): Promise<Slots> {
  const data = await unwrap(api.GET("/api/bookings/slots", { params: { query: params }, signal }));
  return data as Slots;
}

/** Books a slot; the same key and body answer with the same booking (`replayed`), so a retry never books twice. */
export async function book(body: NewBooking, idempotencyKey: string): Promise<{ booking: Booking; replayed: boolean }> {
  const call = api.POST("/api/bookings", { params: { header: { "Idempotency-Key": idempotencyKey } }, body });
  const booking = (await unwrap(call)) as Booking;
  const { response } = await call;
  return { booking, replayed: response.headers.get("Idempotent-Replayed") === "true" };
}

const PAGE_SIZE = 200;
const MAX_PAGES = 10;

/** All my sessions, as mentee and as mentor, in start order (the server's pages read to the end). */
export async function listMyBookings(signal?: AbortSignal): Promise<Booking[]> {
  const all: Booking[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = await unwrap(api.GET("/api/bookings", { params: { query: { page, size: PAGE_SIZE } }, signal }));
    const items = (data ?? []) as Booking[];
    all.push(...items);
    if (items.length < PAGE_SIZE) break;
  }
  return all;
}

export async function getBooking(id: string, signal?: AbortSignal): Promise<Booking> {
  return (await unwrap(api.GET("/api/bookings/{id}", { params: { path: { id } }, signal }))) as Booking;
}

export async function cancelBooking(id: string, reason?: string): Promise<Booking> {
  return (await unwrap(api.POST("/api/bookings/{id}/cancel", { params: { path: { id } }, body: { reason } }))) as Booking;
}

export async function rescheduleBooking(id: string, startsAt: string): Promise<Booking> {
  return (await unwrap(
    api.POST("/api/bookings/{id}/reschedule", { params: { path: { id } }, body: { startsAt } }),
  )) as Booking;
}

export async function markNoShow(id: string): Promise<Booking> {
  return (await unwrap(api.POST("/api/bookings/{id}/no-show", { params: { path: { id } } }))) as Booking;
}

export async function postReview(mentorId: string, review: NewReview): Promise<Review> {
  return (await unwrap(api.POST("/api/mentors/{id}/reviews", { params: { path: { id: mentorId } }, body: review }))) as Review;
}
