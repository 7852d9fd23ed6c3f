import { useInfiniteQuery } from "@tanstack/react-query";
import { catalogKeys } from "../api/keys";
import { listReviews, REVIEWS_PAGE } from "../api/mentors";

/** A mentor's reviews, newest first, a page at a time. */
export function useReviews(mentorId: string | undefined) {
  return useInfiniteQuery({
    queryKey: catalogKeys.reviews(mentorId ?? ""),
    queryFn: ({ pageParam, signal }) => listReviews(mentorId!, pageParam, signal),
    initialPageParam: 0,
    // a short page is the last one
    getNextPageParam: (last, pages) => (last.length < REVIEWS_PAGE ? undefined : pages.length),
    enabled: Boolean(mentorId),
    staleTime: 60_000,
  });
}
