import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { applicationReviewKeys } from "../api/keys";
import { approveApplication, declineApplication, getApplicant, listApplications } from "../api/applications";
import type { Decision, ReviewStatus } from "../model/review";

/** The applications with one status; the waiting queue is asked again now and then, new ones come in. */
export function useApplications(status: ReviewStatus) {
  return useQuery({
    queryKey: applicationReviewKeys.list(status),
    queryFn: ({ signal }) => listApplications(status, signal),
    refetchInterval: status === "PENDING" ? 30_000 : false,
  });
}

export function useApplicant(userId: string) {
  return useQuery({
    queryKey: applicationReviewKeys.applicant(userId),
    queryFn: ({ signal }) => getApplicant(userId, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Approves or declines; the decided application moves from the queue to its status's list. */
export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, decision, note }: { id: string; decision: Decision; note: string }): Promise<void> => {
      if (decision === "approve") await approveApplication(id, note || undefined);
      else await declineApplication(id, note);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationReviewKeys.all }),
  });
}
