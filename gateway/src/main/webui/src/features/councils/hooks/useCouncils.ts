import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@/lib/api/problem";
import { useAuth } from "@/lib/auth/AuthProvider";
import { createCouncil, deleteCouncil, getCouncil, listAiMentors, listCouncils, type Council, type NewCouncil } from "../api/councils";
import { councilKeys } from "../api/keys";

export function useCouncils() {
  const auth = useAuth();
  const viewer = auth.status === "signed-in" ? auth.user.id : undefined;
  return useQuery({
    queryKey: councilKeys.list(viewer),
    queryFn: ({ signal }) => listCouncils(signal),
    // who is asking must be known first: signed in, the list has their own councils too
    enabled: auth.status !== "loading",
    staleTime: 60_000,
  });
}

/** One council with its members (for a council's conversation). */
export function useCouncil(id: string | undefined) {
  return useQuery({
    queryKey: councilKeys.detail(id ?? ""),
    queryFn: ({ signal }) => getCouncil(id!, signal),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
    // a council that is gone (or not the person's) stays gone
    retry: (failures, error) => failures < 2 && !(error instanceof ApiError && (error.status === 404 || error.status === 403)),
  });
}

export function useAiMentors(enabled = true) {
  return useQuery({
    queryKey: councilKeys.aiMentors(),
    queryFn: ({ signal }) => listAiMentors(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useCreateCouncil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCouncil) => createCouncil(body),
    onSuccess: (council: Council) => {
      queryClient.setQueryData(councilKeys.detail(council.id), council);
      return queryClient.invalidateQueries({ queryKey: councilKeys.lists() });
    },
  });
}

export function useDeleteCouncil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteCouncil(id),
    onSuccess: (_done, id) => {
      queryClient.removeQueries({ queryKey: councilKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: councilKeys.lists() });
    },
  });
}
