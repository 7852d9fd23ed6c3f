import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveConnection, type NetworkWatch, type SocketLike } from "./LiveConnection";
import type { ServerFrame } from "./frames";
import { reconnectDelayMs, restartReconnectDelayMs } from "./reconnect";

/** A socket the test drives: it opens when told, and records what the client sent. */
class FakeSocket implements SocketLike {
  readyState = 0;
  sent: unknown[] = [];
  closedWith: number | undefined;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code?: number) {
    this.closedWith = code;
    this.readyState = 3;
  }
  /** The server accepted the token and said ready. */
  ready() {
    this.readyState = 1;
    this.frame({ type: "ready", userId: "user_1" });
  }
  frame(frame: object) {
    this.onmessage?.({ data: JSON.stringify(frame) } as MessageEvent);
  }
  /** The server (or the network) ended the socket. */
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code } as CloseEvent);
  }
}

class FakeNetwork implements NetworkWatch {
  isOnline = true;
  private listener: ((online: boolean) => void) | null = null;
  online() {
    return this.isOnline;
  }
  subscribe(onChange: (online: boolean) => void) {
    this.listener = onChange;
    return () => {
      this.listener = null;
    };
  }
  set(online: boolean) {
    this.isOnline = online;
    this.listener?.(online);
  }
}

let sockets: FakeSocket[];
let network: FakeNetwork;
let token: string | null;
let renew: ((t: string) => void) | null;

function connection(extra: Partial<ConstructorParameters<typeof LiveConnection>[0]> = {}) {
  return new LiveConnection({
    url: (t) => `ws://mentra/api/chat/ws?access_token=${t}`,
    getToken: async () => token,
    onTokenRenewed: (listener) => {
      renew = listener;
      return () => (renew = null);
    },
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    random: () => 1,
    network,
    ...extra,
  });
}

const last = () => sockets[sockets.length - 1]!;

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  network = new FakeNetwork();
  token = "token-1";
  renew = null;
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the reconnect policy", () => {
  it("backs off exponentially from half a second to fifteen, with jitter below the ceiling", () => {
    expect(reconnectDelayMs(0, () => 1)).toBe(500);
    expect(reconnectDelayMs(1, () => 1)).toBe(1000);
    expect(reconnectDelayMs(3, () => 1)).toBe(4000);
    expect(reconnectDelayMs(20, () => 1)).toBe(15_000);
    expect(reconnectDelayMs(3, () => 0)).toBe(2000);
  });

  it("leaves a restarting server within a second, spread over it", () => {
    expect(restartReconnectDelayMs(() => 0)).toBe(0);
    expect(restartReconnectDelayMs(() => 0.25)).toBe(250);
    expect(restartReconnectDelayMs(() => 1)).toBe(1000);
  });
});

describe("the live connection", () => {
  it("connects with the session token and is open once the server says ready", async () => {
    const live = connection();
    const ready = vi.fn();
    live.onReady(ready);
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(last().url).toContain("access_token=token-1");
    expect(live.getStatus()).toBe("connecting");
    last().ready();
    expect(live.getStatus()).toBe("open");
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it("passes frames on and ignores what is not a known frame", async () => {
    const live = connection();
    const frames: ServerFrame[] = [];
    live.onFrame((f) => frames.push(f));
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    last().ready();
    last().onmessage?.({ data: "not json" } as MessageEvent);
    last().frame({ type: "something-else" });
    last().frame({ type: "typing", conversationId: "c", userId: "u" });
    expect(frames.map((f) => f.type)).toEqual(["ready", "typing"]);
  });

  it("refuses to send before it is ready, so callers keep their frames for later", async () => {
    const live = connection();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(live.send({ type: "typing", conversationId: "c" })).toBe(false);
    last().ready();
    expect(live.send({ type: "typing", conversationId: "c" })).toBe(true);
    expect(last().sent).toEqual([{ type: "typing", conversationId: "c" }]);
  });

  it("reconnects after a drop with growing waits, and says ready again so listeners catch up", async () => {
    const live = connection();
    const ready = vi.fn();
    live.onReady(ready);
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    last().ready();
    last().drop();
    expect(live.getStatus()).toBe("reconnecting");
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(2);
    last().drop();
    await vi.advanceTimersByTimeAsync(999);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);
    last().ready();
    expect(ready).toHaveBeenCalledTimes(2);
    // a successful connection starts the back-off again from the beginning
    last().drop();
    await vi.advanceTimersByTimeAsync(500);
    expect(sockets).toHaveLength(4);
  });

  it("reconnects within a second when the server restarts (1012), however often, and says ready so listeners catch up", async () => {
    let draw = 0.3;
    const live = connection({ random: () => draw });
    const ready = vi.fn();
    live.onReady(ready);
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    last().ready();
    // three replicas stopping one after the other (a rolling update): the wait never grows
    for (let restart = 1; restart <= 3; restart++) {
      last().drop(1012);
      expect(live.getStatus()).toBe("reconnecting");
      await vi.advanceTimersByTimeAsync(299);
      expect(sockets).toHaveLength(restart);
      await vi.advanceTimersByTimeAsync(1);
      expect(sockets).toHaveLength(restart + 1);
      last().ready();
      expect(ready).toHaveBeenCalledTimes(restart + 1);
    }
    // the spread: another client of the same replica may come back at once
    draw = 0;
    last().drop(1012);
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(5);
  });

  it("sends a renewed token as an auth frame on the open socket, before the old one expires", async () => {
    const live = connection();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    last().ready();
    renew!("token-2");
    expect(last().sent).toEqual([{ type: "auth", token: "token-2" }]);
  });

  it("reconnects at once with a fresh token when the server closes for an expired token", async () => {
    const unauthorized = vi.fn(async () => {
      token = "token-2";
    });
    const live = connection({ onUnauthorized: unauthorized });
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    last().ready();
    last().drop(4401);
    await vi.advanceTimersByTimeAsync(0);
    expect(unauthorized).toHaveBeenCalledTimes(1);
    expect(sockets).toHaveLength(2);
    expect(last().url).toContain("access_token=token-2");
  });

  it("closes the socket when the network goes, waits without retrying, and reconnects as soon as it is back", async () => {
    const live = connection();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    const first = last();
    first.ready();
    network.set(false);
    expect(first.closedWith).toBe(1000);
    expect(live.getStatus()).toBe("offline");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
    network.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(2);
  });

  it("gives up on a socket that never says ready and tries again", async () => {
    const live = connection({ readyTimeoutMs: 5_000 });
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sockets[0]!.closedWith).toBe(4000);
    await vi.advanceTimersByTimeAsync(500);
    expect(sockets).toHaveLength(2);
  });

  it("waits, without a socket, while there is no token, and stops for good when stopped", async () => {
    token = null;
    const live = connection();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(0);
    token = "token-1";
    await vi.advanceTimersByTimeAsync(500);
    expect(sockets).toHaveLength(1);
    live.stop();
    expect(live.getStatus()).toBe("idle");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
  });
});
