import { useQuery } from "@tanstack/react-query";
import { getAcuityConnection } from "../api/acuity";
import { acuityKey } from "../api/keys";

/** My Acuity connection and how its last sync went (reconciliation runs every few minutes). */
export function useAcuityConnection(enabled = true) {
  return useQuery({
    queryKey: acuityKey,
    queryFn: ({ signal }) => getAcuityConnection(signal),
    enabled,
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });
}
