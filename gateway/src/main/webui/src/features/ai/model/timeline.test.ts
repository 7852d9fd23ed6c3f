import { describe, expect, it } from "vitest";
import type { ChatMessage, Thread } from "@/features/chat";
import { aiMetadata, roleOf, shortName } from "./metadata";
import { threadVersion } from "@/features/chat";
import { aiTimeline } from "./timeline";

const base: Thread = { conversationId: "c1", messages: [], pending: [], drafts: [], reads: {}, typing: {}, hasOlder: false };

function person(seq: number, text: string, clientId?: string): ChatMessage {
  return { conversationId: "c1", seq, id: `m${seq}`, author: { kind: "USER", id: "u1", name: "Maya" }, text, clientId, createdAt: "2026-01-01T10:00:00Z" };
}

function answer(seq: number, replyTo: string, mode = "offline"): ChatMessage {
  return {
    conversationId: "c1",
    seq,
    id: `m${seq}`,
    author: { kind: "AI", id: "ai-wellbeing", name: "Mateo — Wellbeing Guide" },
    text: `answer ${seq}`,
    createdAt: "2026-01-01T10:00:01Z",
    metadata: { mentorId: "ai-wellbeing", stage: "answer", replyTo, mode } as ChatMessage["metadata"],
  };
}

function failure(seq: number, replyTo: string): ChatMessage {
  return {
    conversationId: "c1",
    seq,
    id: `m${seq}`,
    author: { kind: "SYSTEM" },
    text: "The mentor could not answer: busy. Send your message again to retry.",
    createdAt: "2026-01-01T10:00:02Z",
    metadata: { stage: "error", replyTo, failed: true } as ChatMessage["metadata"],
  };
}

describe("an AI conversation's rows", () => {
  it("shows an answer streaming in below what is stored, after its question", () => {
    const thread: Thread = {
      ...base,
      messages: [person(1, "first"), answer(2, "m1"), person(3, "second")],
      drafts: [{ replyTo: "m3", mentorId: "ai-wellbeing", stage: "answer", text: "Here is" }],
    };
    expect(aiTimeline(thread).map((i) => i.kind)).toEqual(["person", "answer", "person", "draft"]);
  });

  it("streams an answer where it will be stored: after the first answer, when two questions were asked at once", () => {
    // q1 and q2 asked before either was answered; q1's answer stored, q2's still streaming
    const thread: Thread = {
      ...base,
      messages: [person(1, "first"), person(2, "second"), answer(3, "m1")],
      drafts: [{ replyTo: "m2", mentorId: "ai-wellbeing", stage: "answer", text: "Here is" }],
    };
    expect(aiTimeline(thread).map((i) => i.key)).toEqual(["person:m1", "person:m2", "m3", "draft:m2:ai-wellbeing:answer"]);
  });

  it("shows answers streaming for two questions in the order they were asked", () => {
    const thread: Thread = {
      ...base,
      messages: [person(1, "first"), person(2, "second")],
      drafts: [
        { replyTo: "m2", mentorId: "ai-wellbeing", stage: "answer", text: "B" },
        { replyTo: "m1", mentorId: "ai-wellbeing", stage: "answer", text: "A" },
      ],
    };
    expect(aiTimeline(thread).map((i) => (i.kind === "draft" ? i.draft.text : i.kind))).toEqual(["person", "person", "A", "B"]);
  });

  it("puts a draft whose question is not stored yet after my message on its way", () => {
    const thread: Thread = {
      ...base,
      pending: [{ clientId: "c-9", text: "how?", createdAt: "2026-01-01T10:00:00Z", state: "sent" }],
      drafts: [{ replyTo: "m-unknown", mentorId: "ai-wellbeing", stage: "answer", text: "Here" }],
    };
    expect(aiTimeline(thread).map((i) => i.kind)).toEqual(["pending", "draft"]);
  });

  it("gives my message the same key while sending and once stored, so it does not re-mount", () => {
    const sending: Thread = {
      ...base,
      pending: [{ clientId: "c-1", text: "hello", createdAt: "2026-01-01T10:00:00Z", state: "sending" }],
    };
    const stored: Thread = { ...base, messages: [person(1, "hello", "c-1")] };
    expect(aiTimeline(sending)[0]!.key).toBe(aiTimeline(stored)[0]!.key);
  });

  it("offers to ask again after a failure only while nothing was asked since", () => {
    const failed: Thread = { ...base, messages: [person(1, "why?"), failure(2, "m1")] };
    const notice = aiTimeline(failed)[1];
    expect(notice).toMatchObject({ kind: "notice", failed: true, retryText: "why?" });

    const askedAgain: Thread = { ...base, messages: [person(1, "why?"), failure(2, "m1"), person(3, "why?")] };
    expect(aiTimeline(askedAgain)[1]).toMatchObject({ kind: "notice", retryText: undefined });

    const sendingAgain: Thread = {
      ...failed,
      pending: [{ clientId: "c-2", text: "why?", createdAt: "2026-01-01T10:00:00Z", state: "sending" }],
    };
    expect(aiTimeline(sendingAgain)[1]).toMatchObject({ kind: "notice", retryText: undefined });
  });

  it("moves on as each piece of an answer streams in", () => {
    const draft = { replyTo: "m1", mentorId: "ai-wellbeing", stage: "answer", text: "Here" };
    const before = threadVersion({ ...base, messages: [person(1, "q")], drafts: [draft] });
    const after = threadVersion({ ...base, messages: [person(1, "q")], drafts: [{ ...draft, text: "Here is how" }] });
    expect(before).not.toBe(after);
  });
});

describe("AI metadata", () => {
  it("reads the answer's engine mode, and ignores values of the wrong type", () => {
    expect(aiMetadata(answer(2, "m1", "llm")).mode).toBe("llm");
    expect(aiMetadata({ metadata: { mode: 42, ranking: ["a", 3] } as unknown as ChatMessage["metadata"] })).toMatchObject({
      mode: undefined,
      ranking: ["a"],
      failed: false,
    });
  });

  it("names a better-suited mentor only when the question was outside the mentor's field", () => {
    const outside = { engine: { outsideField: true, suggestedMentorId: "ai-finance" } } as unknown as ChatMessage["metadata"];
    const inside = { engine: { outsideField: false, suggestedMentorId: null } } as unknown as ChatMessage["metadata"];
    expect(aiMetadata({ metadata: outside }).suggestedMentorId).toBe("ai-finance");
    expect(aiMetadata({ metadata: inside }).suggestedMentorId).toBeUndefined();
  });

  it("splits a mentor's display name into how they are called and their role", () => {
    expect(shortName("Mateo — Wellbeing & Resilience Guide")).toBe("Mateo");
    expect(roleOf("Mateo — Wellbeing & Resilience Guide")).toBe("Wellbeing & Resilience Guide");
    expect(shortName("Sam Lee")).toBe("Sam Lee");
    expect(roleOf("Sam Lee")).toBe("");
  });
});
