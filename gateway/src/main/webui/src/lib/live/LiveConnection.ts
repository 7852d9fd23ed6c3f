import { parseFrame, type ClientFrame, type ServerFrame } from "./frames";
import { CLOSE, reconnectDelayMs, restartReconnectDelayMs } from "./reconnect";

/** The part of a browser WebSocket the connection uses (tests pass a fake). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export type LiveStatus = "idle" | "connecting" | "open" | "reconnecting" | "offline";

type Timers = { setTimeout(callback: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };

/** Whether the browser believes it is online, and word when that changes. */
export type NetworkWatch = { online(): boolean; subscribe(onChange: (online: boolean) => void): () => void };

export type LiveOptions = {
  /** The socket's URL for a token (the gateway verifies it at the upgrade). */
  url: (token: string) => string;
  getToken: () => Promise<string | null>;
  /** A token renewed before the current one expires is sent as an `auth` frame on the open socket. */
  onTokenRenewed: (listener: (token: string) => void) => () => void;
  createSocket?: (url: string) => SocketLike;
  timers?: Timers;
  random?: () => number;
  network?: NetworkWatch;
  /** The socket was refused for its token: renew before trying again. */
  onUnauthorized?: () => Promise<unknown>;
  /** A socket that does not say `ready` by then is dropped and tried again. */
  readyTimeoutMs?: number;
};

const OPEN = 1;

const browserNetwork: NetworkWatch = {
  online: () => typeof navigator === "undefined" || navigator.onLine !== false,
  subscribe(onChange) {
    const online = () => onChange(true);
    const offline = () => onChange(false);
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
    };
  },
};

/**
 * The one live socket to chat-service, kept open while someone is signed in: connects with the current token,
 * reconnects with back-off (at once when the network comes back), re-authenticates on the open socket when the
 * token is renewed, and tells listeners each time it is `ready` so they can catch up with `afterSeq`.
 */
export class LiveConnection {
  private socket: SocketLike | null = null;
  private status: LiveStatus = "idle";
  private attempt = 0;
  private unauthorizedInARow = 0;
  private retryTimer: unknown = null;
  private readyTimer: unknown = null;
  private running = false;
  private stopWatchingNetwork: (() => void) | null = null;
  private stopWatchingTokens: (() => void) | null = null;
  private readonly frameListeners = new Set<(frame: ServerFrame) => void>();
  private readonly readyListeners = new Set<() => void>();
  private readonly statusListeners = new Set<() => void>();
  private readonly createSocket: (url: string) => SocketLike;
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly network: NetworkWatch;
  private readonly readyTimeoutMs: number;

  constructor(private readonly options: LiveOptions) {
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url));
    this.timers = options.timers ?? {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.random = options.random ?? Math.random;
    this.network = options.network ?? browserNetwork;
    this.readyTimeoutMs = options.readyTimeoutMs ?? 10_000;
  }

  start() {
    if (this.running) return;
    this.running = true;
    this.stopWatchingNetwork = this.network.subscribe((online) => (online ? this.networkBack() : this.networkLost()));
    this.stopWatchingTokens = this.options.onTokenRenewed((token) => this.send({ type: "auth", token }));
    if (this.network.online()) void this.connect();
    else this.setStatus("offline");
  }

  stop() {
    this.running = false;
    this.stopWatchingNetwork?.();
    this.stopWatchingTokens?.();
    this.stopWatchingNetwork = this.stopWatchingTokens = null;
    this.clearTimers();
    this.drop(1000, "signed out");
    this.setStatus("idle");
  }

  getStatus(): LiveStatus {
    return this.status;
  }

  /** Sends a frame if the socket is open and authenticated; false otherwise (the caller keeps it for later). */
  send(frame: ClientFrame): boolean {
    if (this.status !== "open" || !this.socket || this.socket.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  onFrame(listener: (frame: ServerFrame) => void) {
    this.frameListeners.add(listener);
    return () => {
      this.frameListeners.delete(listener);
    };
  }

  /** Called after every successful (re)connection, once the server said `ready`. */
  onReady(listener: () => void) {
    this.readyListeners.add(listener);
    return () => {
      this.readyListeners.delete(listener);
    };
  }

  onStatus(listener: () => void) {
    this.statusListeners.add(listener);
    return () => {
      this.statusListeners.delete(listener);
    };
  }

  private async connect() {
    if (!this.running || this.socket) return;
    this.setStatus(this.attempt === 0 ? "connecting" : "reconnecting");
    const token = await this.options.getToken();
    if (!this.running || this.socket) return;
    if (!token) {
      // signed out, or the session could not be renewed right now
      this.scheduleReconnect();
      return;
    }
    const socket = this.createSocket(this.options.url(token));
    this.socket = socket;
    socket.onmessage = (event) => this.receive(socket, event.data);
    socket.onclose = (event) => this.closed(socket, event.code);
    socket.onerror = () => {
      // onclose follows and decides
    };
    this.readyTimer = this.timers.setTimeout(() => {
      if (this.socket === socket && this.status !== "open") this.drop(4000, "no ready frame", true);
    }, this.readyTimeoutMs);
  }

  private receive(socket: SocketLike, data: unknown) {
    if (socket !== this.socket) return;
    const frame = parseFrame(data);
    if (!frame) return;
    if (frame.type === "ready" && this.status !== "open") {
      this.attempt = 0;
      this.unauthorizedInARow = 0;
      if (this.readyTimer !== null) this.timers.clearTimeout(this.readyTimer);
      this.readyTimer = null;
      this.setStatus("open");
      this.readyListeners.forEach((listener) => listener());
    }
    this.frameListeners.forEach((listener) => listener(frame));
  }

  private closed(socket: SocketLike, code: number) {
    if (socket !== this.socket) return;
    this.socket = null;
    if (this.readyTimer !== null) this.timers.clearTimeout(this.readyTimer);
    this.readyTimer = null;
    if (!this.running) return;
    if (!this.network.online()) {
      this.setStatus("offline");
      return;
    }
    if (code === CLOSE.unauthorized && this.unauthorizedInARow++ === 0) {
      // the token expired or was refused: renew, then try again at once
      void (this.options.onUnauthorized?.() ?? Promise.resolve()).finally(() => void this.connect());
      return;
    }
    if (code === CLOSE.serviceRestart) {
      // not a failure: this replica is handing its sockets over, the next one is up
      this.scheduleReconnect(restartReconnectDelayMs(this.random));
      return;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(delayMs?: number) {
    if (!this.running || this.retryTimer !== null) return;
    this.setStatus("reconnecting");
    const wait = delayMs ?? reconnectDelayMs(this.attempt++, this.random);
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, wait);
  }

  private networkLost() {
    if (!this.running) return;
    this.clearTimers();
    // a socket on a dead network can linger for minutes; drop it now and catch up when back
    this.drop(1000, "offline");
    this.setStatus("offline");
  }

  private networkBack() {
    if (!this.running) return;
    this.clearTimers();
    this.attempt = 0;
    void this.connect();
  }

  private drop(code: number, reason: string, reconnect = false) {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onmessage = socket.onclose = socket.onerror = socket.onopen = null;
      try {
        socket.close(code === 4000 || code === 1000 ? code : 1000, reason);
      } catch {
        // already closed
      }
    }
    if (reconnect) this.scheduleReconnect();
  }

  private clearTimers() {
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    if (this.readyTimer !== null) this.timers.clearTimeout(this.readyTimer);
    this.retryTimer = this.readyTimer = null;
  }

  private setStatus(next: LiveStatus) {
    if (next === this.status) return;
    this.status = next;
    this.statusListeners.forEach((listener) => listener());
  }
}

/** The chat socket's address on the gateway this page came from. */
export function liveSocketUrl(token: string, location: Location = window.location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/api/chat/ws?access_token=${encodeURIComponent(token)}`;
}
