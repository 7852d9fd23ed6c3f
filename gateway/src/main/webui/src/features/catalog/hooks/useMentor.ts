import { useQuery } from "@tanstack/react-query";
import { catalogKeys } from "../api/keys";
import { getMentor } from "../api/mentors";

/** A mentor's public profile (AI or human). */
export function useMentor(id: string | undefined) {
  return useQuery({
    queryKey: catalogKeys.mentor(id ?? ""),
    queryFn: ({ signal }) => getMentor(id!, signal),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}
