/** Query keys of the booking feature; mutations invalidate by these prefixes. */
export const bookingKeys = {
  all: ["booking"] as const,
  /** Every slot list of one mentor, whatever the zone or window (what a booking or a move changes). */
  slots: (mentorId: string) => ["booking", "slots", mentorId] as const,
  slotsIn: (mentorId: string, zone: string, firstDay: string) => ["booking", "slots", mentorId, zone, firstDay] as const,
  lists: () => ["booking", "list"] as const,
  mine: () => ["booking", "list", "mine"] as const,
  detail: (id: string) => ["booking", "detail", id] as const,
};

/*
 * The catalog's caches this feature changes, spelled out because the catalog does not export its keys (they
 * match its `catalogKeys`; prefix matching reaches every zone and page under them).
 */
/** A mentor, with their rating and reviews nested under it: a review changes them. */
export const catalogMentorKey = (mentorId: string) => ["catalog", "mentor", mentorId] as const;
/** The free-times preview on a mentor's profile: a booking, a move or a cancellation changes it. */
export const catalogSlotsKey = (mentorId: string) => ["catalog", "mentor", mentorId, "slots"] as const;
