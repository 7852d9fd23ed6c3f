import createClient from "openapi-fetch";
import type { paths as BookingPaths } from "@/types/api/booking";
import type { paths as ChatPaths } from "@/types/api/chat";
import type { paths as IdentityPaths } from "@/types/api/identity";
import type { paths as MentorPaths } from "@/types/api/mentor";
import { session } from "@/lib/auth/session";
import { connectivity } from "./connectivity";
import { ApiError, NetworkError, type Problem, retryAfterSeconds } from "./problem";

/** Every public route of the gateway, typed from the services' OpenAPI documents. */
export type ApiPaths = IdentityPaths & MentorPaths & BookingPaths & ChatPaths;

const MAX_RATE_LIMIT_WAITS = 2;
const MAX_RATE_LIMIT_WAIT_SECONDS = 30;

/**
 * The one way the web client calls Mentra: adds the session token, renews it once and repeats the call on a 401,
 * waits out a 429's Retry-After, and reports whether Mentra is reachable (the shell's banner).
 */
export async function mentraFetch(request: Request): Promise<Response> {
  let token = await session.getToken();
  let renewed = false;
  for (let waits = 0; ; ) {
    const response = await send(request, token);
    if (response.status === 401 && token && !renewed) {
      renewed = true;
      if (await session.handleUnauthorized()) {
        token = await session.getToken();
        continue;
      }
    }
    if (response.status === 429 && waits < MAX_RATE_LIMIT_WAITS) {
      waits++;
      const seconds = Math.min(retryAfterSeconds(response) ?? 1, MAX_RATE_LIMIT_WAIT_SECONDS);
      await delay(seconds * 1000, request.signal);
      continue;
    }
    if (response.status === 502 || response.status === 503 || response.status === 504) {
      connectivity.reportUnavailable();
    } else {
      connectivity.reportOk();
    }
    return response;
  }
}

async function send(request: Request, token: string | null): Promise<Response> {
  const headers = new Headers(request.headers);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  else headers.delete("Authorization");
  try {
    return await fetch(new Request(request.clone(), { headers }));
  } catch (error) {
    if (request.signal.aborted) throw error;
    connectivity.reportOffline();
    throw new NetworkError(error);
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

export const api = createClient<ApiPaths>({ baseUrl: "", fetch: mentraFetch });

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** The body of a successful call, or an {@link ApiError} carrying the problem. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const problem: Problem =
    error && typeof error === "object" && !Array.isArray(error)
      ? (error as Problem)
      : { status: response.status, detail: typeof error === "string" && error.length < 300 ? error : undefined };
  throw new ApiError(response.status, problem, retryAfterSeconds(response));
}
