/** Who is signed in, as the web client knows it from the session token. */
import { Listeners } from "./listeners";
export type SessionUser = {
  id: string;
  name: string;
  email?: string;
  roles: string[];
};

export type AuthState =
  | { status: "loading" }
  | { status: "signed-in"; user: SessionUser }
  /** `expired`: the session ended by itself (not by signing out), so the person is asked to sign in again. */
  | { status: "signed-out"; expired: boolean };

/**
 * The one small interface the app uses for authentication, whichever issuer is configured: identity-service's
 * local issuer (token in memory, renewed from an httpOnly cookie) or Clerk (its SDK's getToken()).
 */
export interface AuthClient {
  readonly mode: "local" | "clerk";
  state(): AuthState;
  subscribe(listener: () => void): () => void;
  /** A token that is valid now, renewing first if needed; null when signed out. */
  getToken(): Promise<string | null>;
  /** A call was refused with 401: renew once; true if a new token is in hand. */
  handleUnauthorized(): Promise<boolean>;
  /** Called with each renewed token (the live socket re-authenticates with it before the old one expires). */
  onTokenRenewed(listener: (token: string) => void): () => void;
  signOut(): Promise<void>;
}

const LOADING: AuthState = { status: "loading" };

/** The application's session: delegates to the configured client, chosen at start-up from /config.json. */
class Session implements AuthClient {
  private client: AuthClient | null = null;
  private readonly listeners = new Listeners();
  private readonly renewalListeners = new Listeners<[string]>();
  private unsubscribe: (() => void)[] = [];

  get mode() {
    return this.client?.mode ?? "local";
  }

  use(client: AuthClient) {
    this.unsubscribe.forEach((stop) => stop());
    this.client = client;
    this.unsubscribe = [
      client.subscribe(() => this.listeners.emit()),
      client.onTokenRenewed((token) => this.renewalListeners.emit(token)),
    ];
    this.listeners.emit();
  }

  current(): AuthClient | null {
    return this.client;
  }

  state(): AuthState {
    return this.client?.state() ?? LOADING;
  }

  subscribe(listener: () => void) {
    return this.listeners.add(listener);
  }

  getToken() {
    return this.client?.getToken() ?? Promise.resolve(null);
  }

  handleUnauthorized() {
    return this.client?.handleUnauthorized() ?? Promise.resolve(false);
  }

  onTokenRenewed(listener: (token: string) => void) {
    return this.renewalListeners.add(listener);
  }

  signOut() {
    return this.client?.signOut() ?? Promise.resolve();
  }
}

export const session = new Session();
