import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { councilKeys, type NewCouncil } from "@/features/councils";
import { adminCouncilKeys } from "../api/keys";
import { createCurated, deleteCurated, listCurated, reviseCouncil } from "../api/curated";

export function useCuratedCouncils() {
  return useQuery({ queryKey: adminCouncilKeys.curated(), queryFn: ({ signal }) => listCurated(signal) });
}

/** Creates (no id) or rewrites a curated council; what people see of councils follows. */
export function useSaveCurated() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: NewCouncil }) => (id ? reviseCouncil(id, body) : createCurated(body)),
    onSuccess: (council) => {
      queryClient.setQueryData(councilKeys.detail(council.id), council);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: adminCouncilKeys.curated() }),
        queryClient.invalidateQueries({ queryKey: councilKeys.lists() }),
      ]);
    },
  });
}

export function useDeleteCurated() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteCurated(id),
    onSuccess: (_done, id) => {
      queryClient.removeQueries({ queryKey: councilKeys.detail(id) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: adminCouncilKeys.curated() }),
        queryClient.invalidateQueries({ queryKey: councilKeys.lists() }),
      ]);
    },
  });
}
