/** Query keys of the operations screen; a replay invalidates its service's parked events. */
export const operationsKeys = {
  health: () => ["operations", "health"] as const,
  parked: (service: string) => ["operations", "parked", service] as const,
  parkedList: (service: string, status: string) => ["operations", "parked", service, status] as const,
};
