import { QueryClient } from "@tanstack/react-query";
import { ApiError, NetworkError } from "./problem";

const MAX_RETRIES = 3;

/** Retry what may succeed by itself (no network, 503, 429); never a request the server refused on its merits. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && error.transient;
}

export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfter !== undefined) return Math.min(30_000, error.retryAfter * 1000);
  return Math.min(10_000, 1000 * 2 ** attempt);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 15_000, refetchOnWindowFocus: true },
      // a mutation is repeated only by the person (or where its own code makes repeating safe)
      mutations: { retry: false },
    },
  });
}
