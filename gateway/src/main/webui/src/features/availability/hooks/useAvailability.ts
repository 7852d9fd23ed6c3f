import * as React from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { shouldRetry, retryDelay } from "@/lib/api/queryClient";
import { useDebouncedValue } from "@/hooks/useDebouncedValue";
import { getAvailability, previewAvailability, saveAvailability, type AvailabilityBody } from "../api/availability";
import { availabilityKeys, bookingSlotsKey, catalogMentorsKey } from "../api/keys";
import { previewWindow } from "../model/window";

/** My availability as saved. */
export function useAvailability() {
  return useQuery({ queryKey: availabilityKeys.mine(), queryFn: ({ signal }) => getAvailability(signal) });
}

/** Saves my availability; what mentees are offered changes with it, so their slot lists here are refetched. */
export function useSaveAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AvailabilityBody) => saveAvailability(body),
    // saving the same body twice is the same as once
    retry: shouldRetry,
    retryDelay,
    onSuccess: (saved) => {
      queryClient.setQueryData(availabilityKeys.mine(), saved);
      void queryClient.invalidateQueries({ queryKey: bookingSlotsKey });
      void queryClient.invalidateQueries({ queryKey: catalogMentorsKey });
      toast.success("Availability saved", { description: "Mentees now see these times." });
    },
  });
}

/**
 * The slots the (unsaved) `body` gives over the next two weeks in its zone, from booking-service, once the
 * mentor stops typing for a moment; the last answer stays on screen while the next is on its way. `body` null:
 * the form has errors of its own and nothing is asked.
 */
export function usePreview(body: AvailabilityBody | null) {
  const settled = useDebouncedValue(body, 350);
  const zone = settled?.timeZone ?? "UTC";
  const window = React.useMemo(() => previewWindow(zone), [zone]);
  const query = useQuery({
    queryKey: availabilityKeys.preview(settled ?? ({} as AvailabilityBody), window.from, window.to),
    queryFn: ({ signal }) => previewAvailability(settled!, window, signal),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return { ...query, window, settling: body !== settled };
}
