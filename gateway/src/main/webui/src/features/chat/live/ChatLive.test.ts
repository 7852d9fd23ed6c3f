import { QueryClient } from "@tanstack/react-query";
import { beforeEach, describe, expect, it } from "vitest";
import { NetworkError } from "@/lib/api/problem";
import type { ClientFrame, Conversation, ServerFrame } from "@/lib/live/frames";
import type { LiveConnection } from "@/lib/live/LiveConnection";
import { chatKeys } from "../api/keys";
import { emptyThread, receive, type Thread } from "../model/thread";
import { ChatLive } from "./ChatLive";

/** The connection as ChatLive sees it: frames in, frames out, "ready" after each (re)connection. */
class FakeConnection {
  open = true;
  sent: ClientFrame[] = [];
  private frameListeners: ((f: ServerFrame) => void)[] = [];
  private readyListeners: (() => void)[] = [];
  start() {}
  stop() {}
  send(frame: ClientFrame) {
    if (!this.open) return false;
    this.sent.push(frame);
    return true;
  }
  onFrame(listener: (f: ServerFrame) => void) {
    this.frameListeners.push(listener);
    return () => undefined;
  }
  onReady(listener: () => void) {
    this.readyListeners.push(listener);
    return () => undefined;
  }
  deliver(frame: ServerFrame) {
    this.frameListeners.forEach((l) => l(frame));
  }
  reconnected() {
    this.open = true;
    this.readyListeners.forEach((l) => l());
  }
}

const ME = "user_me";
const OSCAR = "user_oscar";

function conversation(id: string, unread = 0): Conversation {
  return {
    id,
    kind: "SESSION",
    title: "Session with Oscar",
    createdAt: "2026-01-01T09:00:00Z",
    lastSeq: 2,
    participants: [
      { userId: ME, role: "MENTEE", name: "Maya" },
      { userId: OSCAR, role: "MENTOR", name: "Oscar" },
    ],
    lastReadSeq: 2 - unread,
    unread,
  } as Conversation;
}

function messageFrame(conversationId: string, seq: number, author = OSCAR, clientId?: string): ServerFrame {
  return {
    type: "message",
    conversationId,
    seq,
    id: `msg_${seq}`,
    author: { kind: "USER", id: author, name: author === ME ? "Maya" : "Oscar" },
    text: `hello ${seq}`,
    createdAt: "2026-01-01T10:00:00Z",
    ...(clientId ? { clientId } : {}),
  } as ServerFrame;
}

let connection: FakeConnection;
let queryClient: QueryClient;
let live: ChatLive;

beforeEach(() => {
  connection = new FakeConnection();
  queryClient = new QueryClient();
  // no network in these tests: the HTTP fallback fails as it would offline
  const offline = () => Promise.reject(new NetworkError());
  live = new ChatLive(connection as unknown as LiveConnection, queryClient, () => ME, () => 1_000, {
    postMessage: offline,
    postRead: offline,
  });
  live.start();
  queryClient.setQueryData<Conversation[]>(chatKeys.conversations(), [conversation("a"), conversation("b")]);
  queryClient.setQueryData<Thread>(chatKeys.thread("a"), emptyThread("a"));
});

const thread = (id: string) => queryClient.getQueryData<Thread>(chatKeys.thread(id))!;
const list = () => queryClient.getQueryData<Conversation[]>(chatKeys.conversations())!;

describe("live frames in the query cache", () => {
  it("a message from the other person lands in its thread, moves the conversation to the top and counts as unread", () => {
    connection.deliver(messageFrame("b", 3));
    expect(list().map((c) => c.id)).toEqual(["b", "a"]);
    expect(list()[0]).toMatchObject({ unread: 1, lastSeq: 3 });
    expect(list()[0]!.lastMessage?.text).toBe("hello 3");
  });

  it("a message in the conversation on screen is not counted as unread", () => {
    live.watch("a");
    connection.deliver(messageFrame("a", 3));
    expect(thread("a").messages.map((m) => m.seq)).toEqual([3]);
    expect(list().find((c) => c.id === "a")!.unread).toBe(0);
  });

  it("the same message twice (inbox and subscribe) is counted once", () => {
    connection.deliver(messageFrame("b", 3));
    connection.deliver(messageFrame("b", 3));
    expect(list()[0]!.unread).toBe(1);
  });

  it("reading on another of my devices clears the badge here", () => {
    connection.deliver(messageFrame("b", 3));
    connection.deliver({ type: "read", conversationId: "b", userId: ME, seq: 3 });
    expect(list().find((c) => c.id === "b")!.unread).toBe(0);
  });

  it("the other person's read mark is kept for the receipt under my message", () => {
    connection.deliver({ type: "read", conversationId: "a", userId: OSCAR, seq: 4 });
    expect(thread("a").reads[OSCAR]).toBe(4);
  });

  it("a new session room appears in the list", () => {
    connection.deliver({ type: "conversation.created", conversation: conversation("c") });
    expect(list().map((c) => c.id)).toEqual(["c", "a", "b"]);
  });

  it("presence and typing are recorded", () => {
    connection.deliver({ type: "presence", userId: OSCAR, online: true });
    connection.deliver({ type: "typing", conversationId: "a", userId: OSCAR });
    expect(queryClient.getQueryData(chatKeys.presence())).toEqual({ [OSCAR]: true });
    expect(thread("a").typing[OSCAR]).toBeGreaterThan(1_000);
  });
});

describe("sending and catching up", () => {
  it("a message shows at once, goes out over the socket, and is replaced by the stored one", () => {
    live.watch("a");
    const clientId = live.send("a", "hi Oscar", "client-1");
    expect(thread("a").pending).toMatchObject([{ clientId, text: "hi Oscar", state: "sending" }]);
    expect(connection.sent).toContainEqual({ type: "send", conversationId: "a", clientId: "client-1", text: "hi Oscar" });
    connection.deliver({ type: "ack", conversationId: "a", clientId: "client-1", seq: 3, id: "msg_3" });
    expect(thread("a").pending[0]!.state).toBe("sent");
    connection.deliver(messageFrame("a", 3, ME, "client-1"));
    expect(thread("a").pending).toEqual([]);
    expect(list().find((c) => c.id === "a")!.unread).toBe(0);
  });

  it("after a reconnection, watched conversations ask for what came after the newest message held, and unsent messages go again with the same clientId", () => {
    queryClient.setQueryData<Thread>(chatKeys.thread("a"), receive(emptyThread("a"), [
      { conversationId: "a", seq: 1, id: "m1", author: { kind: "USER", id: OSCAR, name: "Oscar" }, text: "x", createdAt: "2026-01-01T10:00:00Z" },
      { conversationId: "a", seq: 2, id: "m2", author: { kind: "USER", id: OSCAR, name: "Oscar" }, text: "y", createdAt: "2026-01-01T10:00:00Z" },
    ] as Parameters<typeof receive>[1]));
    live.watch("a");
    connection.open = false;
    live.send("a", "while offline", "client-9");
    connection.sent = [];
    connection.reconnected();
    expect(connection.sent).toEqual([
      { type: "subscribe", conversationId: "a", afterSeq: 2 },
      { type: "send", conversationId: "a", clientId: "client-9", text: "while offline" },
    ]);
  });

  it("a message the server refused is marked failed with its reason", () => {
    live.watch("a");
    live.send("a", "x".repeat(10), "client-2");
    connection.deliver({ type: "error", code: "message-too-long", detail: "At most 4000 characters", conversationId: "a", clientId: "client-2" });
    expect(thread("a").pending[0]).toMatchObject({ state: "failed", error: "At most 4000 characters" });
  });
});
