import { useMutation, useQueryClient } from "@tanstack/react-query";
import { postReview, type NewReview } from "../api/bookings";
import { catalogMentorKey } from "../api/keys";

/** Reviews a mentor after a completed session: their rating and reviews (the catalog's cache) change. */
export function useReview(mentorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (review: NewReview) => postReview(mentorId, review),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogMentorKey(mentorId) }),
  });
}
