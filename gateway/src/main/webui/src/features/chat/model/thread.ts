import type { ChatMessage } from "@/lib/live/frames";

/** A message typed here and not yet stored: shown at once, replaced by the stored one when it comes back. */
export type PendingMessage = {
  clientId: string;
  text: string;
  createdAt: string;
  state: "sending" | "sent" | "failed";
  error?: string;
};

/** An AI answer (or a council stage) streaming in, before it is stored as a message. */
export type Draft = { replyTo: string; mentorId?: string; stage: string; text: string };

/**
 * One conversation as this browser knows it: stored messages in `seq` order, each once, whatever order and
 * however often the server delivered them; messages of ours still on their way; AI answers streaming in;
 * everyone's read marks and who is typing.
 */
export type Thread = {
  conversationId: string;
  messages: ChatMessage[];
  pending: PendingMessage[];
  drafts: Draft[];
  /** userId → the highest seq they have read. */
  reads: Record<string, number>;
  /** userId → when their typing indicator goes out (ms since the epoch). */
  typing: Record<string, number>;
  /** Whether older messages than the first held may exist (scrolling back asks for them). */
  hasOlder: boolean;
};

export const TYPING_SHOWN_MS = 4_000;

export function emptyThread(conversationId: string): Thread {
  return { conversationId, messages: [], pending: [], drafts: [], reads: {}, typing: {}, hasOlder: false };
}

export function lastSeq(thread: Thread): number {
  return thread.messages.length === 0 ? 0 : thread.messages[thread.messages.length - 1]!.seq;
}

/** Adds messages (from a frame, a replay or a page of history), keeping seq order and dropping duplicates. */
export function receive(thread: Thread, incoming: ChatMessage | ChatMessage[]): Thread {
  const list = (Array.isArray(incoming) ? incoming : [incoming]).filter(
    (message) => message.conversationId === thread.conversationId,
  );
  if (list.length === 0) return thread;
  const bySeq = new Map<number, ChatMessage>();
  for (const message of thread.messages) bySeq.set(message.seq, message);
  let changed = false;
  for (const message of list) {
    if (!bySeq.has(message.seq)) {
      bySeq.set(message.seq, message);
      changed = true;
    }
  }
  const arrivedClientIds = new Set(list.map((message) => message.clientId).filter(Boolean));
  const pending = thread.pending.filter((p) => !arrivedClientIds.has(p.clientId));
  const drafts = thread.drafts.filter((draft) => !list.some((message) => settles(message, draft)));
  const authors = new Set(list.map((m) => m.author.id).filter(Boolean));
  const typing = Object.fromEntries(Object.entries(thread.typing).filter(([userId]) => !authors.has(userId)));
  if (!changed && pending.length === thread.pending.length && drafts.length === thread.drafts.length) return thread;
  const messages = changed ? [...bySeq.values()].sort((a, b) => a.seq - b.seq) : thread.messages;
  return { ...thread, messages, pending, drafts, typing };
}

/** The stored AI message that replaces a streaming draft: same question, same mentor, same stage. */
function settles(message: ChatMessage, draft: Draft): boolean {
  const metadata = message.metadata as Record<string, unknown> | undefined | null;
  if (!metadata) return false;
  return (
    metadata.replyTo === draft.replyTo &&
    (metadata.stage ?? "answer") === draft.stage &&
    (draft.mentorId === undefined || metadata.mentorId === undefined || metadata.mentorId === draft.mentorId)
  );
}

export function addPending(thread: Thread, pending: Omit<PendingMessage, "state">): Thread {
  if (thread.pending.some((p) => p.clientId === pending.clientId)) return thread;
  return { ...thread, pending: [...thread.pending, { ...pending, state: "sending" }] };
}

/** The server stored our message (it arrives as a `message` too; until then it shows as sent). */
export function acknowledge(thread: Thread, clientId: string): Thread {
  if (!thread.pending.some((p) => p.clientId === clientId && p.state !== "sent")) return thread;
  return { ...thread, pending: thread.pending.map((p) => (p.clientId === clientId ? { ...p, state: "sent" } : p)) };
}

export function failPending(thread: Thread, clientId: string, error: string): Thread {
  if (!thread.pending.some((p) => p.clientId === clientId)) return thread;
  return {
    ...thread,
    pending: thread.pending.map((p) => (p.clientId === clientId ? { ...p, state: "failed", error } : p)),
  };
}

export function retryPending(thread: Thread, clientId: string): Thread {
  return {
    ...thread,
    pending: thread.pending.map((p) => (p.clientId === clientId ? { ...p, state: "sending", error: undefined } : p)),
  };
}

/** Our messages still waiting for the server (to send again after a reconnect: the clientId makes it safe). */
export function unsent(thread: Thread): PendingMessage[] {
  return thread.pending.filter((p) => p.state === "sending");
}

/** A piece of an AI answer: appended to its draft, unless the stored answer is already here. */
export function appendDelta(thread: Thread, delta: Draft): Thread {
  if (thread.messages.some((message) => settles(message, delta))) return thread;
  const index = thread.drafts.findIndex(
    (d) => d.replyTo === delta.replyTo && d.stage === delta.stage && d.mentorId === delta.mentorId,
  );
  if (index < 0) return { ...thread, drafts: [...thread.drafts, { ...delta }] };
  const drafts = thread.drafts.slice();
  drafts[index] = { ...drafts[index]!, text: drafts[index]!.text + delta.text };
  return { ...thread, drafts };
}

export function markRead(thread: Thread, userId: string, seq: number): Thread {
  if ((thread.reads[userId] ?? 0) >= seq) return thread;
  return { ...thread, reads: { ...thread.reads, [userId]: seq } };
}

export function markTyping(thread: Thread, userId: string, now: number): Thread {
  return { ...thread, typing: { ...thread.typing, [userId]: now + TYPING_SHOWN_MS } };
}

/** Who is typing now, other than `me`. */
export function typingNow(thread: Thread, me: string | undefined, now: number): string[] {
  return Object.entries(thread.typing)
    .filter(([userId, until]) => userId !== me && until > now)
    .map(([userId]) => userId);
}

/** The seq of my last message that `userId` has read (for "Seen" under it). */
export function seenUpTo(thread: Thread, userId: string): number {
  return thread.reads[userId] ?? 0;
}

/**
 * Changes whenever something new shows at the bottom (a message, one of mine on its way, a piece of an answer,
 * someone typing): what a conversation's scroller follows.
 */
export function threadVersion(thread: Thread | undefined, now = 0): string {
  if (!thread) return "";
  const streamed = thread.drafts.reduce((total, d) => total + d.text.length, 0);
  const last = thread.messages[thread.messages.length - 1];
  const typing = now > 0 ? Object.values(thread.typing).filter((until) => until > now).length : 0;
  return `${last?.seq ?? 0}:${thread.pending.length}:${thread.drafts.length}:${streamed}:${typing}`;
}
