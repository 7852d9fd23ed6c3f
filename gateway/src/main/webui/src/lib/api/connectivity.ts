import { useSyncExternalStore } from "react";

/**
 * Whether Mentra answers at all: the API client reports network failures and 502/503/504 answers here, and
 * any good answer clears them. The shell shows a banner while it is not "ok"; queries keep retrying.
 */
export type Connectivity = "ok" | "offline" | "unavailable";

let state: Connectivity = "ok";
const listeners = new Set<() => void>();

function set(next: Connectivity) {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

export const connectivity = {
  get: () => state,
  reportOk: () => set("ok"),
  reportOffline: () => set("offline"),
  reportUnavailable: () => set("unavailable"),
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useConnectivity(): Connectivity {
  return useSyncExternalStore(connectivity.subscribe, connectivity.get, connectivity.get);
}
