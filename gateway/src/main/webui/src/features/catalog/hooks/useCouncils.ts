import { useQuery } from "@tanstack/react-query";
import { catalogKeys } from "../api/keys";
import { listCouncils } from "../api/councils";

export function useCouncils() {
  return useQuery({
    queryKey: catalogKeys.councils(),
    queryFn: ({ signal }) => listCouncils(signal),
    staleTime: 5 * 60_000,
  });
}
