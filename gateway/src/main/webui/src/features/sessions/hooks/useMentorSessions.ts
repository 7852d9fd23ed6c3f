import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { sessionChanged } from "@/features/booking";
import { hasRole, useAuth } from "@/lib/auth/AuthProvider";
import { retryDelay, shouldRetry } from "@/lib/api/queryClient";
import { completeSession, listMentorSessions } from "../api/sessions";
import { sessionKeys } from "../api/keys";
import type { Booking } from "@/features/booking";

/** The sessions I give as a mentor, in start order (none asked for when I am not a mentor). */
export function useMentorSessions() {
  const auth = useAuth();
  return useQuery({
    queryKey: sessionKeys.mentor(),
    queryFn: ({ signal }) => listMentorSessions(signal),
    enabled: hasRole(auth, "mentor"),
    staleTime: 30_000,
  });
}

/** Marks a session that has started completed; it may retry by itself (twice is the same as once). */
export function useCompleteSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (session: Booking) => completeSession(session.id),
    retry: shouldRetry,
    retryDelay,
    onSuccess: (session) => sessionChanged(queryClient, session),
  });
}
