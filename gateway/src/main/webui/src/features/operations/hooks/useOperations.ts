import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AdminService } from "@/lib/api/adminClient";
import { operationsKeys } from "../api/keys";
import { getServicesHealth, listParked, replayAll, replayOne } from "../api/operations";
import type { ParkedStatus } from "../model/operations";

/** The services' health as the gateway sees it, asked again every 15 s while the screen is open. */
export function useServicesHealth() {
  return useQuery({
    queryKey: operationsKeys.health(),
    queryFn: ({ signal }) => getServicesHealth(signal),
    refetchInterval: 15_000,
  });
}

export function useParkedEvents(service: AdminService, status: ParkedStatus) {
  return useQuery({
    queryKey: operationsKeys.parkedList(service, status),
    queryFn: ({ signal }) => listParked(service, status, signal),
    // a service that is down answers 503: shown at once, asked again by the retry button
    retry: false,
  });
}

/** Replays one parked event, or all that wait; the service's lists are read again either way. */
export function useReplay(service: AdminService) {
  const queryClient = useQueryClient();
  const settle = () => queryClient.invalidateQueries({ queryKey: operationsKeys.parked(service) });
  return {
    one: useMutation({ mutationFn: (id: number) => replayOne(service, id), onSettled: settle }),
    all: useMutation({ mutationFn: () => replayAll(service), onSettled: settle }),
  };
}
