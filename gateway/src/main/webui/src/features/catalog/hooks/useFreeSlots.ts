import { useQuery } from "@tanstack/react-query";
import { useAuth } from "@/lib/auth/AuthProvider";
import { useViewerTimeZone } from "@/features/profile";
import { catalogKeys } from "../api/keys";
import { getFreeSlots } from "../api/slots";

/** A bookable mentor's next free times in the viewer's zone; only asked for when signed in (the API needs it). */
export function useFreeSlots(mentorId: string | undefined, bookable: boolean) {
  const auth = useAuth();
  const timeZone = useViewerTimeZone();
  const query = useQuery({
    queryKey: catalogKeys.slots(mentorId ?? "", timeZone),
    queryFn: ({ signal }) => getFreeSlots(mentorId!, timeZone, signal),
    enabled: Boolean(mentorId) && bookable && auth.status === "signed-in",
    staleTime: 30_000,
  });
  return { ...query, timeZone };
}
