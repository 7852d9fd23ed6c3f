import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { profileKeys } from "../api/keys";
import { type Application, type Apply, applyToMentor, getOwnMentorProfile, listMyApplications } from "../api/mentoring";
import { applicationPollInterval } from "../model/approval";
import { useMe } from "./useMe";

/**
 * My mentor applications, newest first. While the latest waits for a decision it is asked about again now and
 * then (and whenever the tab comes back into view), so an approval shows without a reload.
 */
export function useMyApplications({ enabled = true }: { enabled?: boolean } = {}) {
  const me = useMe();
  const userId = me.data?.id ?? "";
  const admin = me.data?.roles?.includes("admin") ?? false;
  return useQuery({
    queryKey: profileKeys.applications(userId),
    queryFn: ({ signal }) => listMyApplications(userId, admin, signal),
    enabled: Boolean(userId) && enabled,
    refetchInterval: (query) => applicationPollInterval(query.state.data?.[0]?.status),
    refetchOnWindowFocus: (query) => query.state.data?.[0]?.status === "PENDING",
  });
}

/** My own catalog profile when I am a mentor (null when I am not, or not yet). */
export function useOwnMentorProfile() {
  const me = useMe();
  const userId = me.data?.id ?? "";
  // the roles of /api/me, not the token's: they are current right after an approval
  const mentor = me.data?.roles?.includes("mentor") ?? false;
  return useQuery({
    queryKey: profileKeys.mentorProfile(userId),
    queryFn: ({ signal }) => getOwnMentorProfile(signal),
    enabled: Boolean(userId) && mentor,
    staleTime: 5 * 60_000,
  });
}

/** Sends an application; the list shows it as pending at once. */
export function useApplyToMentor() {
  const queryClient = useQueryClient();
  const me = useMe();
  const userId = me.data?.id ?? "";
  return useMutation({
    mutationFn: (body: Apply) => applyToMentor(body),
    onSuccess: (application) => {
      queryClient.setQueryData<Application[]>(profileKeys.applications(userId), (list) => [
        application,
        ...(list ?? []).filter((a) => a.id !== application.id),
      ]);
      toast.success("Application sent", { description: "We'll review it and let you know here." });
    },
    onError: () => {
      // a 409 means one is already pending somewhere (another tab): show the real state
      void queryClient.invalidateQueries({ queryKey: profileKeys.applications(userId) });
    },
  });
}
