import type { QueryClient } from "@tanstack/react-query";
import { ApiError, describeError, NetworkError } from "@/lib/api/problem";
import type { ChatMessage, Conversation, ServerFrame } from "@/lib/live/frames";
import type { LiveConnection } from "@/lib/live/LiveConnection";
import { chatKeys } from "../api/keys";
import { postMessage, postRead } from "../api/conversations";
import {
  acknowledge,
  addPending,
  appendDelta,
  failPending,
  lastSeq,
  markRead,
  markTyping,
  receive,
  retryPending,
  unsent,
  type Thread,
} from "../model/thread";

export type Presence = Record<string, boolean>;

/** The HTTP way to send and to mark read, used while the socket is down. */
export type ChatRest = { postMessage: typeof postMessage; postRead: typeof postRead };

/**
 * Feeds the live socket into TanStack Query's cache, the only store of server state: messages into their
 * thread, unread counts and last messages into the conversation list, presence, typing, read marks and AI
 * answers streaming in. Conversations on screen are "watched": after every (re)connection they are caught up
 * with `subscribe {afterSeq}`, and our unsent messages are sent again (the clientId makes that safe).
 */
export class ChatLive {
  private readonly watched = new Map<string, number>();
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly connection: LiveConnection,
    private readonly queryClient: QueryClient,
    private readonly me: () => string | undefined,
    private readonly now: () => number = () => Date.now(),
    private readonly rest: ChatRest = { postMessage, postRead },
  ) {}

  start() {
    this.stops.push(this.connection.onFrame((frame) => this.apply(frame)));
    this.stops.push(this.connection.onReady(() => this.caughtUp()));
    this.connection.start();
  }

  stop() {
    this.stops.splice(0).forEach((stop) => stop());
    this.connection.stop();
  }

  /** A conversation is on screen: keep it caught up. Returns the function that stops watching. */
  watch(conversationId: string): () => void {
    this.watched.set(conversationId, (this.watched.get(conversationId) ?? 0) + 1);
    this.subscribe(conversationId);
    return () => {
      const count = (this.watched.get(conversationId) ?? 1) - 1;
      if (count <= 0) this.watched.delete(conversationId);
      else this.watched.set(conversationId, count);
    };
  }

  isWatched(conversationId: string) {
    return this.watched.has(conversationId);
  }

  /** Asks for everything after what this browser holds (call once the thread's first page is loaded). */
  subscribe(conversationId: string) {
    const thread = this.thread(conversationId);
    if (!thread) return;
    this.connection.send({ type: "subscribe", conversationId, afterSeq: lastSeq(thread) });
  }

  /** Shows the message at once and sends it over the socket, or over HTTP while the socket is down. */
  send(conversationId: string, text: string, clientId: string = newClientId()) {
    this.updateThread(conversationId, (t) => addPending(t, { clientId, text, createdAt: new Date(this.now()).toISOString() }));
    this.deliver(conversationId, clientId, text);
    return clientId;
  }

  retry(conversationId: string, clientId: string) {
    const pending = this.thread(conversationId)?.pending.find((p) => p.clientId === clientId);
    if (!pending) return;
    this.updateThread(conversationId, (t) => retryPending(t, clientId));
    this.deliver(conversationId, clientId, pending.text);
  }

  typing(conversationId: string) {
    this.connection.send({ type: "typing", conversationId });
  }

  /** Moves my read mark to `seq` (and clears the unread badge at once). */
  read(conversationId: string, seq: number) {
    if (seq <= 0) return;
    const me = this.me();
    const thread = this.thread(conversationId);
    if (me && thread && (thread.reads[me] ?? 0) >= seq) return;
    if (me) this.updateThread(conversationId, (t) => markRead(t, me, seq));
    this.updateConversation(conversationId, (c) => ({ ...c, unread: 0, lastReadSeq: Math.max(c.lastReadSeq ?? 0, seq) }));
    if (!this.connection.send({ type: "read", conversationId, seq })) {
      void this.rest.postRead(conversationId, seq).catch(() => undefined);
    }
  }

  private deliver(conversationId: string, clientId: string, text: string) {
    if (this.connection.send({ type: "send", conversationId, clientId, text })) return;
    this.rest.postMessage(conversationId, text, clientId).then(
      (message) => this.message(message),
      (error: unknown) => {
        // no network: it stays "sending" and goes out over the socket when it is back
        if (error instanceof NetworkError || (error instanceof ApiError && error.transient)) return;
        this.updateThread(conversationId, (t) => failPending(t, clientId, describeError(error).detail));
      },
    );
  }

  private caughtUp() {
    for (const conversationId of this.watched.keys()) {
      this.subscribe(conversationId);
      const thread = this.thread(conversationId);
      for (const pending of thread ? unsent(thread) : []) {
        this.connection.send({ type: "send", conversationId, clientId: pending.clientId, text: pending.text });
      }
    }
    // unread counts and last messages of conversations not on screen may have moved while we were away
    void this.queryClient.invalidateQueries({ queryKey: chatKeys.conversations() });
  }

  private apply(frame: ServerFrame) {
    switch (frame.type) {
      case "message": {
        const { type: _type, ...message } = frame;
        this.message(message as ChatMessage);
        break;
      }
      case "ack":
        this.updateThread(frame.conversationId, (t) => acknowledge(t, frame.clientId));
        break;
      case "typing":
        if (frame.userId !== this.me()) {
          this.updateThread(frame.conversationId, (t) => markTyping(t, frame.userId, this.now()));
        }
        break;
      case "read":
        this.updateThread(frame.conversationId, (t) => markRead(t, frame.userId, frame.seq));
        if (frame.userId === this.me()) {
          // read on another device of mine
          this.updateConversation(frame.conversationId, (c) =>
            frame.seq >= c.lastSeq ? { ...c, unread: 0, lastReadSeq: frame.seq } : c,
          );
        }
        break;
      case "presence":
        this.queryClient.setQueryData<Presence>(chatKeys.presence(), (p) => ({ ...p, [frame.userId]: frame.online }));
        break;
      case "ai.delta":
        this.updateThread(frame.conversationId, (t) =>
          appendDelta(t, { replyTo: frame.replyTo, mentorId: frame.mentorId, stage: frame.stage, text: frame.text }),
        );
        break;
      case "conversation.created":
        this.queryClient.setQueryData<Conversation[]>(chatKeys.conversations(), (list) =>
          list && !list.some((c) => c.id === frame.conversation.id) ? [frame.conversation, ...list] : list,
        );
        void this.queryClient.invalidateQueries({ queryKey: chatKeys.conversations() });
        break;
      case "error":
        if (frame.conversationId && frame.clientId) {
          const detail = frame.detail ?? "The message could not be sent";
          this.updateThread(frame.conversationId, (t) => failPending(t, frame.clientId!, detail));
        }
        break;
      default:
        break;
    }
  }

  private message(message: ChatMessage) {
    this.updateThread(message.conversationId, (t) => receive(t, message));
    const mine = message.author.kind === "USER" && message.author.id === this.me();
    let known = false;
    this.queryClient.setQueryData<Conversation[]>(chatKeys.conversations(), (list) => {
      if (!list) return list;
      const index = list.findIndex((c) => c.id === message.conversationId);
      if (index < 0) return list;
      known = true;
      const current = list[index]!;
      if (message.seq <= current.lastSeq && current.lastMessage) return list;
      const unread = mine || this.isWatched(message.conversationId) ? current.unread ?? 0 : (current.unread ?? 0) + 1;
      const updated: Conversation = { ...current, lastSeq: Math.max(current.lastSeq, message.seq), lastMessage: message, unread };
      // most recently active first
      return [updated, ...list.slice(0, index), ...list.slice(index + 1)];
    });
    if (!known) void this.queryClient.invalidateQueries({ queryKey: chatKeys.conversations() });
  }

  private thread(conversationId: string): Thread | undefined {
    return this.queryClient.getQueryData<Thread>(chatKeys.thread(conversationId));
  }

  private updateThread(conversationId: string, update: (thread: Thread) => Thread) {
    // a thread that is not loaded is left alone: it loads with these messages, and subscribe fills any gap
    if (!this.thread(conversationId)) return;
    this.queryClient.setQueryData<Thread>(chatKeys.thread(conversationId), (t) => (t ? update(t) : t));
  }

  private updateConversation(conversationId: string, update: (conversation: Conversation) => Conversation) {
    this.queryClient.setQueryData<Conversation[]>(chatKeys.conversations(), (list) =>
      list?.map((c) => (c.id === conversationId ? update(c) : c)),
    );
    this.queryClient.setQueryData<Conversation>(chatKeys.conversation(conversationId), (c) => (c ? update(c) : c));
  }
}

export function newClientId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
