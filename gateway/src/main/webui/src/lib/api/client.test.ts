import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { session, type AuthClient, type AuthState } from "@/lib/auth/session";
import { connectivity } from "./connectivity";
import { api, mentraFetch, unwrap } from "./client";
import { ApiError, NetworkError } from "./problem";
import { shouldRetry } from "./queryClient";

/** A signed-in session whose token the test controls. */
class FakeAuth implements AuthClient {
  readonly mode = "local" as const;
  token = "token-1";
  renewals = 0;
  canRenew = true;
  state(): AuthState {
    return { status: "signed-in", user: { id: "u", name: "U", roles: [] } };
  }
  subscribe() {
    return () => undefined;
  }
  onTokenRenewed() {
    return () => undefined;
  }
  async getToken() {
    return this.token;
  }
  async handleUnauthorized() {
    this.renewals++;
    if (!this.canRenew) return false;
    this.token = `token-${this.renewals + 1}`;
    return true;
  }
  async signOut() {}
}

let auth: FakeAuth;
let seen: { url: string; authorization: string | null; body: string }[];
let answers: (() => Response | Promise<Response>)[];

function problem(status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ type: "https://mentra.dev/problems/x", title: "T", status, detail: "D", ...extra }), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });
}

beforeEach(() => {
  auth = new FakeAuth();
  session.use(auth);
  seen = [];
  answers = [];
  connectivity.reportOk();
  vi.stubGlobal("fetch", async (request: Request) => {
    seen.push({ url: request.url, authorization: request.headers.get("Authorization"), body: await request.clone().text() });
    const next = answers.shift();
    return next ? next() : new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const request = (body?: string) => new Request("http://mentra.test/api/bookings", { method: body ? "POST" : "GET", body });

describe("every call to Mentra", () => {
  it("carries the session token", async () => {
    await mentraFetch(request());
    expect(seen[0]!.authorization).toBe("Bearer token-1");
  });

  it("is repeated once, body and all, with a renewed token when the token was refused", async () => {
    answers.push(() => problem(401));
    const response = await mentraFetch(request('{"startsAt":"x"}'));
    expect(response.status).toBe(200);
    expect(auth.renewals).toBe(1);
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(seen[1]!.body).toBe('{"startsAt":"x"}');
  });

  it("answers 401 when the session cannot be renewed, without trying again and again", async () => {
    auth.canRenew = false;
    answers.push(() => problem(401), () => problem(401));
    const response = await mentraFetch(request());
    expect(response.status).toBe(401);
    expect(seen).toHaveLength(1);
  });

  it("waits out a 429 for as long as Retry-After says, then tries again", async () => {
    vi.useFakeTimers();
    answers.push(() => problem(429, {}, { "Retry-After": "3" }));
    const done = mentraFetch(request());
    await vi.advanceTimersByTimeAsync(2_900);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect((await done).status).toBe(200);
    expect(seen).toHaveLength(2);
  });

  it("reports a service that does not answer (503) and clears it at the next good answer", async () => {
    answers.push(() => problem(503, {}, { "Retry-After": "5" }));
    await mentraFetch(request());
    expect(connectivity.get()).toBe("unavailable");
    await mentraFetch(request());
    expect(connectivity.get()).toBe("ok");
  });

  it("reports being offline when there is no answer at all", async () => {
    answers.push(() => Promise.reject(new TypeError("Failed to fetch")));
    await expect(mentraFetch(request())).rejects.toBeInstanceOf(NetworkError);
    expect(connectivity.get()).toBe("offline");
  });
});

describe("a refused call", () => {
  it("becomes an ApiError with the problem's words, its field errors and Retry-After", async () => {
    answers.push(() =>
      problem(400, { title: "Invalid input", detail: "Some fields are not valid", errors: [{ field: "note", message: "too long" }] }),
    );
    const error = await unwrap(api.GET("/api/bookings", {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, title: "Invalid input", message: "Some fields are not valid", fieldErrors: { note: "too long" } });
  });

  it("is retried by queries only when it may succeed by itself", () => {
    expect(shouldRetry(0, new NetworkError())).toBe(true);
    expect(shouldRetry(0, new ApiError(503, {}))).toBe(true);
    expect(shouldRetry(0, new ApiError(429, {}))).toBe(true);
    expect(shouldRetry(0, new ApiError(400, {}))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, {}))).toBe(false);
    expect(shouldRetry(0, new ApiError(409, {}))).toBe(false);
    expect(shouldRetry(3, new ApiError(503, {}))).toBe(false);
  });
});
