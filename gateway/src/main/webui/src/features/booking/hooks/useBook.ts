import { useMutation, useQueryClient } from "@tanstack/react-query";
import { retryDelay, shouldRetry } from "@/lib/api/queryClient";
import { book, type NewBooking } from "../api/bookings";
import { failureOf, mayBeOwnBooking } from "../model/failures";
import { freeTimesChanged, sessionChanged } from "./bookingCache";

const ASK_AGAIN_AFTER_MS = 1000;

/**
 * Books a slot with the attempt's `Idempotency-Key`. Unlike other mutations it retries by itself when there was
 * no answer: the key makes a repeat return the booking already made instead of a second one.
 */
export function useBook(mentorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, key }: { body: NewBooking; key: string }) => {
      try {
        return await book(body, key);
      } catch (error) {
        if (!mayBeOwnBooking(error, body.startsAt)) throw error;
        await new Promise((resolve) => setTimeout(resolve, ASK_AGAIN_AFTER_MS));
        return book(body, key);
      }
    },
    retry: shouldRetry,
    retryDelay,
    onSuccess: ({ booking }) => sessionChanged(queryClient, booking),
    onError: (error) => {
      const { kind } = failureOf(error);
      if (kind === "taken" || kind === "not-offered") {
        return freeTimesChanged(queryClient, mentorId);
      }
    },
  });
}
