import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/api/problem";
import { LocalAuthClient } from "./localAuth";
import { renewalDelayMs } from "./renewal";

/** A token whose iat/exp say it lives `lifetimeSeconds` (the signature is not looked at by the browser). */
function token(n: number, lifetimeSeconds = 120) {
  const iat = 1_800_000_000 + n;
  const payload = btoa(JSON.stringify({ sub: "user_1", iat, exp: iat + lifetimeSeconds })).replace(/=+$/, "");
  return `header.${payload}.signature-${n}`;
}

function session(n: number) {
  return {
    token: token(n),
    expiresAt: new Date(Date.now() + 120_000).toISOString(),
    user: { id: "user_1", email: "maya@example.com", displayName: "Maya", roles: ["mentee"] },
  };
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" },
  });
}

let calls: string[];
let renewals: number;
let fetchImpl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const clock = {
  now: () => Date.now(),
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  renewals = 0;
  fetchImpl = async (input) => {
    const path = String(input);
    calls.push(path);
    if (path === "/api/auth/token") return json(200, session(++renewals));
    if (path === "/api/auth/sign-in") return json(200, session(100));
    return new Response(null, { status: 204 });
  };
});

afterEach(() => vi.useRealTimers());

const client = () => new LocalAuthClient((input, init) => fetchImpl(input, init), clock);

describe("renewal timing", () => {
  it("renews at three quarters of a token's life, and at least 20 s before its end", () => {
    expect(renewalDelayMs(120_000)).toBe(90_000);
    expect(renewalDelayMs(60_000)).toBe(40_000);
    expect(renewalDelayMs(10_000)).toBe(1_000);
  });
});

describe("the local session", () => {
  it("comes back after a reload from the session cookie, without asking for the password", async () => {
    const auth = client();
    await auth.start();
    expect(auth.state()).toEqual({
      status: "signed-in",
      user: { id: "user_1", name: "Maya", email: "maya@example.com", roles: ["mentee"] },
    });
    expect(await auth.getToken()).toBe(token(1));
  });

  it("is signed out, not expired, when there is no cookie", async () => {
    fetchImpl = async () => json(401, { title: "Unauthorized" });
    const auth = client();
    await auth.start();
    expect(auth.state()).toEqual({ status: "signed-out", expired: false });
    expect(await auth.getToken()).toBeNull();
  });

  it("renews the token before it expires and tells the live socket", async () => {
    const auth = client();
    const renewed: string[] = [];
    auth.onTokenRenewed((t) => renewed.push(t));
    await auth.start();
    await vi.advanceTimersByTimeAsync(89_000);
    expect(calls.filter((c) => c === "/api/auth/token")).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.filter((c) => c === "/api/auth/token")).toHaveLength(2);
    expect(renewed).toEqual([token(2)]);
    expect(await auth.getToken()).toBe(token(2));
  });

  it("asks for one renewal however many calls are refused at once", async () => {
    const auth = client();
    await auth.start();
    const results = await Promise.all([auth.handleUnauthorized(), auth.handleUnauthorized(), auth.handleUnauthorized()]);
    expect(results).toEqual([true, true, true]);
    expect(calls.filter((c) => c === "/api/auth/token")).toHaveLength(2);
  });

  it("ends as expired when the session is gone, so the person is asked to sign in again", async () => {
    const auth = client();
    await auth.start();
    fetchImpl = async () => json(401, { title: "Unauthorized" });
    expect(await auth.handleUnauthorized()).toBe(false);
    expect(auth.state()).toEqual({ status: "signed-out", expired: true });
  });

  it("keeps the token it has and tries again later when renewal finds no network", async () => {
    const auth = client();
    await auth.start();
    fetchImpl = async () => {
      throw new TypeError("Failed to fetch");
    };
    await vi.advanceTimersByTimeAsync(90_000);
    expect(auth.state().status).toBe("signed-in");
    fetchImpl = async (input) => {
      calls.push(String(input));
      return json(200, session(++renewals));
    };
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await auth.getToken()).toBe(token(2));
  });

  it("signs in with email and password, and shows the server's field errors when refused", async () => {
    const auth = client();
    fetchImpl = async (input) => {
      if (String(input) === "/api/auth/token") return json(401, {});
      return json(400, { title: "Invalid input", errors: [{ field: "email", message: "must be a well-formed email address" }] });
    };
    await auth.start();
    const error = await auth.signIn("nope", "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors).toEqual({ email: "must be a well-formed email address" });
  });

  it("forgets the token on sign-out at once, before the server answers", async () => {
    const auth = client();
    await auth.start();
    await auth.signOut();
    expect(auth.state()).toEqual({ status: "signed-out", expired: false });
    expect(await auth.getToken()).toBeNull();
    expect(calls).toContain("/api/auth/sign-out");
  });
});
