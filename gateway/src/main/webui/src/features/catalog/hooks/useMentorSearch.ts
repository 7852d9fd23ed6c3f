import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { catalogKeys } from "../api/keys";
import { searchMentors } from "../api/mentors";
import type { MentorQuery } from "../model/directorySearch";

/** One page of the directory; the previous page stays on screen while the next one loads. */
export function useMentorSearch(query: MentorQuery) {
  return useQuery({
    queryKey: catalogKeys.search(query),
    queryFn: ({ signal }) => searchMentors(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
