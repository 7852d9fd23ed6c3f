import type { QueryClient } from "@tanstack/react-query";
import type { Booking } from "../api/bookings";
import { bookingKeys, catalogSlotsKey } from "../api/keys";

/** A mentor's free times changed (or turned out to be stale): here and in the profile's preview. */
export function freeTimesChanged(queryClient: QueryClient, mentorId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: bookingKeys.slots(mentorId) }),
    queryClient.invalidateQueries({ queryKey: catalogSlotsKey(mentorId) }),
  ]);
}

/**
 * A session changed (booked, moved, cancelled, marked): store its new state, refresh the lists it appears in and
 * the mentor's free times (a booking takes time, a move or a cancellation frees some).
 */
export function sessionChanged(queryClient: QueryClient, booking: Booking): Promise<unknown> {
  queryClient.setQueryData(bookingKeys.detail(booking.id), booking);
  queryClient.setQueryData<Booking[]>(bookingKeys.mine(), (list) =>
    list?.some((b) => b.id === booking.id) ? list.map((b) => (b.id === booking.id ? booking : b)) : list,
  );
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: bookingKeys.lists() }),
    freeTimesChanged(queryClient, booking.mentorId),
  ]);
}
