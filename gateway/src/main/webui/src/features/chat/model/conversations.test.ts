import { describe, expect, it } from "vitest";
import type { Conversation } from "@/lib/live/frames";
import { conversationTitle, filterConversations } from "./conversations";

const base = { createdAt: "2026-01-01T00:00:00Z", lastSeq: 0, lastReadSeq: 0, unread: 0 };
const direct = { ...base, id: "d", kind: "DIRECT", title: "Direct", participants: [
  { userId: "me", role: "MENTEE", name: "Maya" }, { userId: "oscar", role: "MENTOR", name: "Oscar" }] } as Conversation;
const council = { ...base, id: "c", kind: "COUNCIL", title: "Council council-career", councilId: "council-career", participants: [] } as unknown as Conversation;
const ai = { ...base, id: "a", kind: "AI_MENTOR", title: "Daniel", participants: [] } as unknown as Conversation;

describe("conversations in the list", () => {
  it("a direct conversation is called after the other person", () => {
    expect(conversationTitle(direct, "me")).toBe("Oscar");
  });

  it("a council's conversation is called after the council when its name is known", () => {
    expect(conversationTitle(council, "me", { "council-career": "Career Crossroads Council" })).toBe("Career Crossroads Council");
    expect(conversationTitle(council, "me")).toBe("Council council-career");
  });

  it("filters people apart from AI mentors and councils", () => {
    expect(filterConversations([direct, council, ai], "people").map((c) => c.id)).toEqual(["d"]);
    expect(filterConversations([direct, council, ai], "ai").map((c) => c.id)).toEqual(["c", "a"]);
  });
});
