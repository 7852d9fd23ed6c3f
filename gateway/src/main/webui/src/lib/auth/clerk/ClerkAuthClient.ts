import type { AuthClient, AuthState, SessionUser } from "../session";
import { Listeners } from "../listeners";

/** What the bridge reads from Clerk's React SDK (useAuth/useUser) and hands to the client. */
export type ClerkSnapshot = {
  isLoaded: boolean;
  isSignedIn: boolean;
  userId: string | null;
  name: string | null;
  email: string | null;
  /** Clerk's getToken: `skipCache` asks Clerk's Frontend API for a new token instead of the cached one. */
  getToken: (options?: { skipCache?: boolean }) => Promise<string | null>;
  signOut: () => Promise<unknown>;
};

/** How often the current token is read back, to pass renewed ones to the live socket (Clerk's live 60 s). */
const WATCH_MS = 15_000;

/**
 * Sign-in with Clerk: Clerk's SDK holds and refreshes the session; this adapter offers it to the app through the
 * same small interface as the local issuer. Roles come from the session token's `roles` claim (Clerk JWT
 * template), exactly as the services read them.
 */
export class ClerkAuthClient implements AuthClient {
  readonly mode = "clerk" as const;

  private current: AuthState = { status: "loading" };
  private snapshot: ClerkSnapshot | null = null;
  private lastToken: string | null = null;
  private watcher: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Listeners();
  private readonly renewalListeners = new Listeners<[string]>();

  state() {
    return this.current;
  }

  subscribe(listener: () => void) {
    return this.listeners.add(listener);
  }

  onTokenRenewed(listener: (token: string) => void) {
    return this.renewalListeners.add(listener);
  }

  async getToken(): Promise<string | null> {
    if (!this.snapshot?.isSignedIn) return null;
    const token = await this.snapshot.getToken();
    this.noticeToken(token);
    return token;
  }

  async handleUnauthorized(): Promise<boolean> {
    // Clerk refreshes by itself, but caches a token for up to a minute: ask for a new one, which also carries roles
    // granted since (an approved mentor application); null means the session is gone
    if (!this.snapshot?.isSignedIn) return false;
    const token = await this.snapshot.getToken({ skipCache: true });
    this.noticeToken(token);
    return token !== null;
  }

  async signOut(): Promise<void> {
    await this.snapshot?.signOut();
  }

  /** Called by the bridge whenever Clerk's state changes. */
  async update(snapshot: ClerkSnapshot) {
    const wasSignedIn = this.current.status === "signed-in";
    this.snapshot = snapshot;
    if (!snapshot.isLoaded) return;
    if (!snapshot.isSignedIn || !snapshot.userId) {
      this.stopWatching();
      this.lastToken = null;
      this.set({ status: "signed-out", expired: wasSignedIn });
      return;
    }
    const token = await snapshot.getToken();
    this.lastToken = token;
    const user: SessionUser = {
      id: snapshot.userId,
      name: snapshot.name ?? snapshot.email ?? "You",
      email: snapshot.email ?? undefined,
      roles: token ? rolesOf(token) : [],
    };
    this.set({ status: "signed-in", user });
    this.startWatching();
  }

  private noticeToken(token: string | null) {
    if (token && this.lastToken && token !== this.lastToken) {
      this.renewalListeners.emit(token);
      this.noticeRoles(rolesOf(token));
    }
    if (token) this.lastToken = token;
  }

  /** A renewed token may carry other roles (granted or taken away meanwhile): the app follows the token. */
  private noticeRoles(roles: string[]) {
    if (this.current.status !== "signed-in") return;
    const { user } = this.current;
    if (roles.length === user.roles.length && roles.every((role) => user.roles.includes(role))) return;
    this.set({ status: "signed-in", user: { ...user, roles } });
  }

  private startWatching() {
    if (this.watcher !== null) return;
    this.watcher = setInterval(() => void this.getToken(), WATCH_MS);
  }

  private stopWatching() {
    if (this.watcher !== null) clearInterval(this.watcher);
    this.watcher = null;
  }

  private set(next: AuthState) {
    this.current = next;
    this.listeners.emit();
  }
}

function rolesOf(token: string): string[] {
  try {
    const payload = token.split(".")[1] ?? "";
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
    const roles = (claims as { roles?: unknown }).roles;
    return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === "string") : [];
  } catch {
    return [];
  }
}
