import * as React from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getSlots, type Slot } from "../api/bookings";
import { bookingKeys } from "../api/keys";
import { slotWindow, todayIn } from "../model/slots";

/**
 * A mentor's free start times shown in `zone`, two weeks at a time from today there; `loadLater` adds the next
 * two weeks (within the service's range).
 */
export function useSlots(mentorId: string | undefined, zone: string) {
  const firstDay = React.useMemo(() => todayIn(zone), [zone]);
  const query = useInfiniteQuery({
    queryKey: bookingKeys.slotsIn(mentorId ?? "", zone, firstDay),
    queryFn: ({ pageParam, signal }) => {
      const dates = slotWindow(firstDay, pageParam)!;
      return getSlots({ mentorId: mentorId!, timeZone: zone, ...dates }, signal);
    },
    initialPageParam: 0,
    getNextPageParam: (_last, _pages, index) => (slotWindow(firstDay, index + 1) ? index + 1 : undefined),
    enabled: Boolean(mentorId),
    staleTime: 30_000,
  });
  const pages = query.data?.pages;
  const slots = React.useMemo<Slot[]>(() => pages?.flatMap((page) => page.slots ?? []) ?? [], [pages]);
  const loadedWindows = query.data?.pageParams.length ?? 0;
  return {
    ...query,
    slots,
    /** The mentor's zone and session length, from the first answer. */
    meta: pages?.[0],
    /** The last date asked for (inclusive). */
    loadedUntil: loadedWindows > 0 ? slotWindow(firstDay, loadedWindows - 1)?.to : undefined,
  };
}
