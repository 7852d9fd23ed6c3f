import { useMutation, useQueryClient } from "@tanstack/react-query";
import { retryDelay, shouldRetry } from "@/lib/api/queryClient";
import { cancelBooking, markNoShow, rescheduleBooking, type Booking } from "../api/bookings";
import { failureOf } from "../model/failures";
import { freeTimesChanged, sessionChanged } from "./bookingCache";

/** Cancels a session; cancelling twice is the same as once, so it may retry by itself. */
export function useCancel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ booking, reason }: { booking: Booking; reason?: string }) => cancelBooking(booking.id, reason),
    retry: shouldRetry,
    retryDelay,
    onSuccess: (booking) => sessionChanged(queryClient, booking),
  });
}

/** Moves a session to another free time of its mentor. */
export function useReschedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ booking, startsAt }: { booking: Booking; startsAt: string }) =>
      rescheduleBooking(booking.id, startsAt),
    onSuccess: (booking) => sessionChanged(queryClient, booking),
    onError: (error, { booking }) => {
      const { kind } = failureOf(error);
      if (kind === "taken" || kind === "not-offered") {
        return freeTimesChanged(queryClient, booking.mentorId);
      }
    },
  });
}

/** The mentor says the mentee did not come (marking twice is the same as once). */
export function useNoShow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (booking: Booking) => markNoShow(booking.id),
    retry: shouldRetry,
    retryDelay,
    onSuccess: (booking) => sessionChanged(queryClient, booking),
  });
}
