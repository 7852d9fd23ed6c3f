import type { AvailabilityBody } from "./availability";

/** Query keys of the availability editor; saving invalidates the preview and the mentor's own slot lists. */
export const availabilityKeys = {
  all: ["availability"] as const,
  mine: () => ["availability", "mine"] as const,
  previews: () => ["availability", "preview"] as const,
  preview: (body: AvailabilityBody, from: string, to: string) => ["availability", "preview", body, from, to] as const,
};

/*
 * Other features' caches a save changes, spelled out because those features do not export their keys (they match
 * booking's `bookingKeys.all` slots and the catalog's mentor key; prefix matching reaches every zone under them).
 */
export const bookingSlotsKey = ["booking", "slots"] as const;
export const catalogMentorsKey = ["catalog", "mentor"] as const;

/** My Acuity connection's state (booking-service's reconciliation writes it). */
export const acuityKey = ["availability", "acuity"] as const;
