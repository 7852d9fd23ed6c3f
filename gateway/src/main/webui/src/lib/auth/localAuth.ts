import { ApiError, NetworkError, problemOf, retryAfterSeconds } from "@/lib/api/problem";
import type { AuthClient, AuthState, SessionUser } from "./session";
import { decodeTokenTimes, lifetimeMs, renewalDelayMs, retryDelayMs } from "./renewal";
import { Listeners } from "./listeners";

/** What identity-service's local issuer answers on sign-up, sign-in and renewal. */
type IssuedSession = {
  token: string;
  expiresAt: string;
  user: { id: string; email?: string | null; displayName?: string | null; roles?: string[] | null };
};

export type SignUpForm = { email: string; password: string; name: string; timeZone?: string };

type Clock = {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/**
 * Sign-in with identity-service's local issuer. The session token lives in memory only; the long-lived session
 * is an httpOnly cookie scoped to /api/auth that scripts cannot read. The token is renewed from the cookie before
 * it expires, after a reload, and when a call is refused with 401.
 */
export class LocalAuthClient implements AuthClient {
  readonly mode = "local" as const;

  private current: AuthState = { status: "loading" };
  private token: string | null = null;
  private validUntil = 0;
  private renewal: Promise<boolean> | null = null;
  private timer: unknown = null;
  private failures = 0;
  private readonly listeners = new Listeners();
  private readonly renewalListeners = new Listeners<[string]>();

  constructor(
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
    private readonly clock: Clock = browserClock,
  ) {}

  /** Restores the session from the cookie (a reload) or settles as signed out. */
  async start(): Promise<void> {
    if (typeof document !== "undefined") {
      // timers sleep with the laptop: on waking, renew at once if the token is near its end
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible" && this.current.status === "signed-in"
            && this.clock.now() > this.validUntil - 20_000) {
          void this.renew();
        }
      });
    }
    await this.renew();
  }

  state(): AuthState {
    return this.current;
  }

  subscribe(listener: () => void) {
    return this.listeners.add(listener);
  }

  onTokenRenewed(listener: (token: string) => void) {
    return this.renewalListeners.add(listener);
  }

  async getToken(): Promise<string | null> {
    if (this.token && this.clock.now() < this.validUntil) return this.token;
    if (this.current.status !== "signed-in") return null;
    return (await this.renew()) ? this.token : null;
  }

  handleUnauthorized(): Promise<boolean> {
    if (this.current.status !== "signed-in") return Promise.resolve(false);
    return this.renew();
  }

  async signIn(email: string, password: string): Promise<void> {
    this.accept(await this.post("/api/auth/sign-in", { email, password }));
  }

  async signUp(form: SignUpForm): Promise<void> {
    this.accept(await this.post("/api/auth/sign-up", form));
  }

  async signOut(): Promise<void> {
    this.clear({ status: "signed-out", expired: false });
    try {
      await this.fetchImpl("/api/auth/sign-out", { method: "POST", credentials: "same-origin" });
    } catch {
      // the cookie expires on its own; the token is already forgotten
    }
  }

  /** Renews from the cookie; one renewal at a time however many callers ask. */
  renew(): Promise<boolean> {
    if (!this.renewal) {
      this.renewal = this.renewOnce().finally(() => {
        this.renewal = null;
      });
    }
    return this.renewal;
  }

  private async renewOnce(): Promise<boolean> {
    let response: Response;
    try {
      response = await this.fetchImpl("/api/auth/token", { method: "POST", credentials: "same-origin" });
    } catch {
      return this.renewalFailed();
    }
    if (response.ok) {
      this.failures = 0;
      this.accept((await response.json()) as IssuedSession);
      return true;
    }
    if (response.status === 401 || response.status === 403) {
      // the session itself ended (signed out elsewhere, expired, revoked)
      const wasSignedIn = this.current.status === "signed-in";
      this.clear({ status: "signed-out", expired: wasSignedIn });
      return false;
    }
    return this.renewalFailed();
  }

  /** No answer, or the issuer is down: keep the token we have while it lasts and try again soon. */
  private renewalFailed(): boolean {
    if (this.current.status === "loading") {
      this.current = { status: "signed-out", expired: false };
      this.emit();
      return false;
    }
    if (this.current.status === "signed-in") {
      this.schedule(retryDelayMs(this.failures++));
    }
    return false;
  }

  private accept(issued: IssuedSession) {
    const receivedAt = this.clock.now();
    const lifetime = lifetimeMs(decodeTokenTimes(issued.token), issued.expiresAt, receivedAt);
    const hadToken = this.token !== null;
    this.token = issued.token;
    // a little before the real end, so a call never leaves with a token that dies on the way
    this.validUntil = receivedAt + Math.max(0, lifetime - 5_000);
    const user: SessionUser = {
      id: issued.user.id,
      name: issued.user.displayName ?? issued.user.email ?? "You",
      email: issued.user.email ?? undefined,
      roles: issued.user.roles ?? [],
    };
    const previous = this.current;
    if (previous.status !== "signed-in" || !sameUser(previous.user, user)) {
      this.current = { status: "signed-in", user };
      this.emit();
    }
    this.schedule(renewalDelayMs(lifetime));
    if (hadToken) this.renewalListeners.emit(issued.token);
  }

  private schedule(ms: number) {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.renew();
    }, ms);
  }

  private clear(next: AuthState) {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.token = null;
    this.validUntil = 0;
    this.current = next;
    this.emit();
  }

  private emit() {
    this.listeners.emit();
  }

  private async post(path: string, body: unknown): Promise<IssuedSession> {
    let response: Response;
    try {
      response = await this.fetchImpl(path, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response), retryAfterSeconds(response));
    }
    return (await response.json()) as IssuedSession;
  }
}

function sameUser(a: SessionUser, b: SessionUser) {
  return a.id === b.id && a.name === b.name && a.email === b.email && a.roles.join() === b.roles.join();
}
