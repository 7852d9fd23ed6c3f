import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClerkAuthClient, type ClerkSnapshot } from "./ClerkAuthClient";

/** A Clerk-shaped session token carrying the JWT template's roles claim. */
function clerkToken(n: number, roles: unknown = ["mentee"]) {
  const payload = btoa(JSON.stringify({ sub: "user_2abc", roles, iat: 1_800_000_000 + n, exp: 1_800_000_060 + n })).replace(/=+$/, "");
  return `header.${payload}.sig-${n}`;
}

function snapshot(overrides: Partial<ClerkSnapshot> = {}): ClerkSnapshot {
  return {
    isLoaded: true,
    isSignedIn: true,
    userId: "user_2abc",
    name: "Maya Clerk",
    email: "maya@example.com",
    getToken: async () => clerkToken(1),
    signOut: async () => undefined,
    ...overrides,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("signing in with Clerk", () => {
  it("is loading until Clerk has loaded, then signed in with the roles of the session token", async () => {
    const client = new ClerkAuthClient();
    await client.update(snapshot({ isLoaded: false }));
    expect(client.state()).toEqual({ status: "loading" });
    await client.update(snapshot({ getToken: async () => clerkToken(1, ["mentee", "mentor"]) }));
    expect(client.state()).toEqual({
      status: "signed-in",
      user: { id: "user_2abc", name: "Maya Clerk", email: "maya@example.com", roles: ["mentee", "mentor"] },
    });
    expect(await client.getToken()).toBe(clerkToken(1, ["mentee", "mentor"]));
  });

  it("ignores a roles claim that is not a list of names", async () => {
    const client = new ClerkAuthClient();
    await client.update(snapshot({ getToken: async () => clerkToken(1, "admin") }));
    expect(client.state()).toMatchObject({ user: { roles: [] } });
  });

  it("passes each token Clerk renews on to the live socket", async () => {
    let n = 1;
    const client = new ClerkAuthClient();
    const renewed: string[] = [];
    client.onTokenRenewed((token) => renewed.push(token));
    await client.update(snapshot({ getToken: async () => clerkToken(n) }));
    n = 2;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(renewed).toEqual([clerkToken(2)]);
  });

  it("ends as expired when Clerk's session ends by itself, and has no token then", async () => {
    const client = new ClerkAuthClient();
    await client.update(snapshot());
    await client.update(snapshot({ isSignedIn: false, userId: null }));
    expect(client.state()).toEqual({ status: "signed-out", expired: true });
    expect(await client.getToken()).toBeNull();
  });

  it("follows the roles a renewed token carries, e.g. once a mentor application is approved", async () => {
    let roles = ["mentee"];
    let n = 1;
    const asked: Array<{ skipCache?: boolean } | undefined> = [];
    const client = new ClerkAuthClient();
    await client.update(snapshot({
      getToken: async (options) => {
        asked.push(options);
        return clerkToken(n, roles);
      },
    }));
    expect(client.state()).toMatchObject({ user: { roles: ["mentee"] } });
    // Clerk's public metadata now has the role; a renewal asked for (not Clerk's cached token) carries it
    roles = ["mentee", "mentor"];
    n = 2;
    expect(await client.handleUnauthorized()).toBe(true);
    expect(asked.at(-1)).toEqual({ skipCache: true });
    expect(client.state()).toMatchObject({ status: "signed-in", user: { id: "user_2abc", roles: ["mentee", "mentor"] } });
  });

  it("keeps the same user object while renewed tokens carry the same roles", async () => {
    let n = 1;
    const client = new ClerkAuthClient();
    await client.update(snapshot({ getToken: async () => clerkToken(n, ["mentee", "mentor"]) }));
    const before = client.state();
    n = 2;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(client.state()).toBe(before);
  });
});
