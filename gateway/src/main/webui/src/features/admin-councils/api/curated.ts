import { api, unwrap } from "@/lib/api/client";
import type { Council, NewCouncil } from "@/features/councils";

/** The curated (public) councils, as everyone sees them. */
export async function listCurated(signal?: AbortSignal): Promise<Council[]> {
  const all = await unwrap(api.GET("/api/councils", { signal }));
  return all.filter((c) => c.curated);
}

/** An admin adds a curated council (201: as stored). */
export function createCurated(body: NewCouncil): Promise<Council> {
  return unwrap(api.POST("/api/councils/curated", { body }));
}

/** Rewrites a curated council whole: name, purpose, members and chair. */
export function reviseCouncil(id: string, body: NewCouncil): Promise<Council> {
  return unwrap(api.PUT("/api/councils/{id}", { params: { path: { id } }, body }));
}

export async function deleteCurated(id: string): Promise<void> {
  await unwrap(api.DELETE("/api/councils/{id}", { params: { path: { id } } }));
}
