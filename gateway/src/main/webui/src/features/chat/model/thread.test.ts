import { describe, expect, it } from "vitest";
import type { ChatMessage } from "@/lib/live/frames";
import {
  acknowledge,
  addPending,
  appendDelta,
  emptyThread,
  failPending,
  lastSeq,
  markRead,
  markTyping,
  receive,
  typingNow,
  unsent,
} from "./thread";

const C = "cnv_1";

function message(seq: number, extra: Partial<ChatMessage> = {}): ChatMessage {
  return {
    conversationId: C,
    seq,
    id: `msg_${seq}`,
    author: { kind: "USER", id: "user_other", name: "Oscar" },
    text: `message ${seq}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 10, seq)).toISOString(),
    ...extra,
  } as ChatMessage;
}

const seqs = (messages: ChatMessage[]) => messages.map((m) => m.seq);

describe("a conversation's messages", () => {
  it("are kept in seq order whatever order they arrive in", () => {
    const thread = receive(emptyThread(C), [message(3), message(1), message(2)]);
    expect(seqs(thread.messages)).toEqual([1, 2, 3]);
    expect(lastSeq(thread)).toBe(3);
  });

  it("are held once however often the server delivers them (replay after reconnect, inbox and subscribe)", () => {
    let thread = receive(emptyThread(C), [message(1), message(2)]);
    thread = receive(thread, message(2));
    thread = receive(thread, [message(1), message(2), message(3)]);
    expect(seqs(thread.messages)).toEqual([1, 2, 3]);
  });

  it("keep the same object when nothing new arrived, so screens do not re-render", () => {
    const thread = receive(emptyThread(C), [message(1)]);
    expect(receive(thread, message(1))).toBe(thread);
  });

  it("ignore messages of other conversations", () => {
    const thread = receive(emptyThread(C), message(1, { conversationId: "cnv_other" }));
    expect(thread.messages).toEqual([]);
  });

  it("fill a gap when the missing message comes later (catch-up after a dropped socket)", () => {
    let thread = receive(emptyThread(C), [message(1), message(2)]);
    thread = receive(thread, message(5));
    thread = receive(thread, [message(3), message(4)]);
    expect(seqs(thread.messages)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("my messages on their way", () => {
  it("show at once, then give way to the stored message with the same clientId", () => {
    let thread = addPending(emptyThread(C), { clientId: "c1", text: "hello", createdAt: "2026-01-01T10:00:00Z" });
    expect(thread.pending).toHaveLength(1);
    expect(thread.pending[0]!.state).toBe("sending");
    thread = acknowledge(thread, "c1");
    expect(thread.pending[0]!.state).toBe("sent");
    thread = receive(thread, message(7, { clientId: "c1", text: "hello", author: { kind: "USER", id: "me", name: "Me" } }));
    expect(thread.pending).toEqual([]);
    expect(seqs(thread.messages)).toEqual([7]);
  });

  it("are never shown twice when the same clientId is added again", () => {
    let thread = addPending(emptyThread(C), { clientId: "c1", text: "hi", createdAt: "x" });
    thread = addPending(thread, { clientId: "c1", text: "hi", createdAt: "x" });
    expect(thread.pending).toHaveLength(1);
  });

  it("that failed keep their text and reason, and are not resent automatically", () => {
    let thread = addPending(emptyThread(C), { clientId: "c1", text: "hi", createdAt: "x" });
    thread = addPending(thread, { clientId: "c2", text: "again", createdAt: "x" });
    thread = failPending(thread, "c1", "Message too long");
    expect(thread.pending[0]).toMatchObject({ state: "failed", error: "Message too long", text: "hi" });
    expect(unsent(thread).map((p) => p.clientId)).toEqual(["c2"]);
  });
});

describe("an AI answer streaming in", () => {
  const metadata = { replyTo: "msg_q", stage: "answer", mentorId: "ai-finance", mode: "offline" };

  it("grows piece by piece, then is replaced by the stored answer", () => {
    let thread = appendDelta(emptyThread(C), { replyTo: "msg_q", mentorId: "ai-finance", stage: "answer", text: "Start " });
    thread = appendDelta(thread, { replyTo: "msg_q", mentorId: "ai-finance", stage: "answer", text: "with value." });
    expect(thread.drafts).toEqual([{ replyTo: "msg_q", mentorId: "ai-finance", stage: "answer", text: "Start with value." }]);
    thread = receive(thread, message(2, { author: { kind: "AI", id: "ai-finance", name: "Penny" }, metadata }));
    expect(thread.drafts).toEqual([]);
  });

  it("keeps a draft per council member and stage", () => {
    let thread = appendDelta(emptyThread(C), { replyTo: "q", mentorId: "a", stage: "answer", text: "A1 " });
    thread = appendDelta(thread, { replyTo: "q", mentorId: "b", stage: "answer", text: "B1 " });
    thread = appendDelta(thread, { replyTo: "q", mentorId: "a", stage: "answer", text: "A2" });
    expect(thread.drafts.map((d) => `${d.mentorId}:${d.text}`)).toEqual(["a:A1 A2", "b:B1 "]);
    thread = receive(thread, message(3, { author: { kind: "AI", id: "a", name: "A" }, metadata: { replyTo: "q", stage: "answer", mentorId: "a" } }));
    expect(thread.drafts.map((d) => d.mentorId)).toEqual(["b"]);
  });

  it("is not restarted by a late piece once the stored answer is here", () => {
    let thread = receive(emptyThread(C), message(2, { author: { kind: "AI", id: "ai-finance", name: "Penny" }, metadata }));
    thread = appendDelta(thread, { replyTo: "msg_q", mentorId: "ai-finance", stage: "answer", text: "late" });
    expect(thread.drafts).toEqual([]);
  });
});

describe("read marks and typing", () => {
  it("read marks only move forward", () => {
    let thread = markRead(emptyThread(C), "u1", 5);
    thread = markRead(thread, "u1", 3);
    expect(thread.reads.u1).toBe(5);
  });

  it("a typing indicator fades after a few seconds and ends when that person's message arrives", () => {
    let thread = markTyping(emptyThread(C), "user_other", 1_000);
    expect(typingNow(thread, "me", 2_000)).toEqual(["user_other"]);
    expect(typingNow(thread, "me", 10_000)).toEqual([]);
    thread = receive(thread, message(1));
    expect(typingNow(thread, "me", 2_000)).toEqual([]);
  });

  it("my own typing is never shown to me", () => {
    const thread = markTyping(emptyThread(C), "me", 1_000);
    expect(typingNow(thread, "me", 1_500)).toEqual([]);
  });
});
