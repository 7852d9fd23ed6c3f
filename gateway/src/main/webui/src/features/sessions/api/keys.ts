import { bookingKeys } from "@/features/booking";

/**
 * Query keys of the mentor's sessions. Under the booking feature's list prefix on purpose: whatever changes a
 * session there (cancel, move, no-show) invalidates this list too.
 */
export const sessionKeys = {
  mentor: () => [...bookingKeys.lists(), "mentor"] as const,
};
