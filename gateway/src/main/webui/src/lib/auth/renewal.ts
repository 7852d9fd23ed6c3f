/** Renew this long before the token expires at the latest, so a slow answer still lands in time. */
const MARGIN_MS = 20_000;
const MINIMUM_MS = 1_000;

/** The claims that say how long a token lives (seconds since the epoch). */
export type TokenTimes = { iat?: number; exp?: number };

export function decodeTokenTimes(token: string): TokenTimes {
  const payload = token.split(".")[1];
  if (!payload) return {};
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const claims: unknown = JSON.parse(json);
    if (typeof claims !== "object" || claims === null) return {};
    const { iat, exp } = claims as Record<string, unknown>;
    return { iat: typeof iat === "number" ? iat : undefined, exp: typeof exp === "number" ? exp : undefined };
  } catch {
    return {};
  }
}

/**
 * How long a token received now lives, by this browser's clock. Measured from the token's own iat/exp (a
 * duration), never by comparing exp with our clock, so a computer whose clock is off still renews in time.
 */
export function lifetimeMs(times: TokenTimes, expiresAtIso?: string, now = Date.now()): number {
  if (times.iat !== undefined && times.exp !== undefined && times.exp > times.iat) {
    return (times.exp - times.iat) * 1000;
  }
  const expiresAt = expiresAtIso ? Date.parse(expiresAtIso) : NaN;
  return Number.isNaN(expiresAt) ? 60_000 : Math.max(0, expiresAt - now);
}

/** When to renew a token that lives `lifetime` ms from now: at three quarters of its life, and 20 s before its end at the latest. */
export function renewalDelayMs(lifetime: number): number {
  return Math.max(MINIMUM_MS, Math.min(lifetime * 0.75, lifetime - MARGIN_MS));
}

/** Back-off between attempts when renewal fails for want of a network: 2, 4, 8 … up to 30 seconds. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** Math.max(0, attempt));
}
