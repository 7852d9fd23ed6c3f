import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/mentor";

export type Council = components["schemas"]["CouncilView"];

/** The curated councils (and, signed in, my private ones). */
export function listCouncils(signal?: AbortSignal): Promise<Council[]> {
  return unwrap(api.GET("/api/councils", { signal }));
}
