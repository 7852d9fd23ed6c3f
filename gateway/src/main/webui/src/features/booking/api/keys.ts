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

/**
 * The catalog's cache of one mentor (its rating, and anything it keeps under it such as reviews): a review
 * changes it. Spelled out because the catalog does not export its keys; prefix matching covers nested keys.
 */
export const catalogMentorKey = (mentorId: string) => ["catalog", "mentor", mentorId] as const;
