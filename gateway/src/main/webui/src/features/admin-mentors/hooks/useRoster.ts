import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { rosterKeys } from "../api/keys";
import { connectAcuity, listRoster, retireMentor } from "../api/mentors";
import type { AcuityDraft, RosterFilters } from "../model/roster";

export function useRoster(filters: RosterFilters) {
  return useQuery({
    queryKey: rosterKeys.list(filters),
    queryFn: ({ signal }) => listRoster(filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** Connects or disconnects a mentor's Acuity calendar; every roster list shows the change. */
export function useConnectAcuity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ mentorId, ids }: { mentorId: string; ids: AcuityDraft | null }) => connectAcuity(mentorId, ids),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rosterKeys.all }),
  });
}

/** Retires a mentor: out of the catalog (and, for a person, the mentor role), shown among the retired. */
export function useRetire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mentorId: string) => retireMentor(mentorId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rosterKeys.all }),
  });
}
