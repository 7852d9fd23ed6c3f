import { describe, expect, it } from "vitest";
import type { Booking } from "@/features/booking";
import type { ChatMessage, Conversation } from "@/features/chat";
import { inboxEntries, isMentorConversation, staleSessionsReason, titleWithUnread, totalUnread } from "./inbox";

const ME = "user_oscar";
const NOW = Date.parse("2026-12-01T12:00:00Z");

function message(conversationId: string, seq: number, createdAt: string, author: ChatMessage["author"]): ChatMessage {
  return { id: `m${conversationId}${seq}`, conversationId, seq, author, text: `message ${seq}`, createdAt } as ChatMessage;
}

function room(id: string, mentee: string, opts: Partial<Conversation> = {}): Conversation {
  return {
    id,
    kind: "SESSION",
    title: "Session with Oscar Mentor",
    createdAt: "2026-11-01T10:00:00Z",
    lastSeq: 0,
    lastReadSeq: 0,
    unread: 0,
    participants: [
      { userId: mentee, role: "MENTEE", name: `Name of ${mentee}` },
      { userId: ME, role: "MENTOR", name: "Oscar Mentor" },
    ],
    ...opts,
  } as Conversation;
}

function session(id: string, menteeId: string, startsAt: string, status: Booking["status"] = "CONFIRMED"): Booking {
  const end = new Date(Date.parse(startsAt) + 45 * 60_000).toISOString();
  return { id, mentorId: "m1", menteeId, role: "MENTOR", status, startsAt, endsAt: end, timeZone: "UTC" } as Booking;
}

describe("the mentor's inbox", () => {
  it("holds only conversations the person is the mentor in", () => {
    const asMentee = room("r-mentee", ME, {
      participants: [
        { userId: ME, role: "MENTEE", name: "Oscar" },
        { userId: "user_x", role: "MENTOR", name: "X" },
      ],
    });
    const ai = { ...room("r-ai", "u1"), kind: "AI_MENTOR", participants: [{ userId: ME, role: "OWNER", name: "Oscar" }] } as Conversation;
    const direct = { ...room("r-direct", "u2"), kind: "DIRECT" } as Conversation;
    expect(isMentorConversation(asMentee, ME)).toBe(false);
    expect(isMentorConversation(ai, ME)).toBe(false);
    expect(isMentorConversation(direct, ME)).toBe(true);
    expect(inboxEntries([asMentee, ai, direct, room("r1", "u1")], ME, [], NOW).map((e) => e.conversation.id)).toEqual(["r-direct", "r1"]);
  });

  it("orders by the newest activity: the last message, else when the room opened", () => {
    const quiet = room("a-quiet", "u1", { createdAt: "2026-11-30T09:00:00Z" });
    const talked = room("b-talked", "u2", {
      createdAt: "2026-11-01T09:00:00Z",
      lastSeq: 3,
      lastMessage: message("b-talked", 3, "2026-11-30T11:00:00Z", { kind: "USER", id: "u2", name: "Mia" }),
    });
    const older = room("c-older", "u3", {
      lastSeq: 1,
      lastMessage: message("c-older", 1, "2026-11-20T11:00:00Z", { kind: "SYSTEM" }),
    });
    const justOpened = room("d-new", "u4", { createdAt: "2026-12-01T11:59:00Z" });
    expect(inboxEntries([quiet, talked, older, justOpened], ME, [], NOW).map((e) => e.conversation.id)).toEqual([
      "d-new",
      "b-talked",
      "a-quiet",
      "c-older",
    ]);
  });

  it("carries the mentee's name and unread count, and adds them up", () => {
    const entries = inboxEntries([room("r1", "u1", { unread: 2 }), room("r2", "u2", { unread: 5 }), room("r3", "u3")], ME, [], NOW);
    expect(entries.find((e) => e.conversation.id === "r1")?.mentee).toEqual({ userId: "u1", name: "Name of u1" });
    expect(totalUnread(entries)).toBe(7);
  });

  it("shows the soonest session still to come with that mentee, including one under way", () => {
    const sessions = [
      session("later", "u1", "2026-12-08T09:00:00Z"),
      session("sooner", "u1", "2026-12-02T09:00:00Z"),
      session("cancelled", "u1", "2026-12-01T15:00:00Z", "CANCELLED"),
      session("over", "u1", "2026-11-30T09:00:00Z", "COMPLETED"),
      session("other-mentee", "u2", "2026-12-01T13:00:00Z"),
    ];
    expect(inboxEntries([room("r1", "u1")], ME, sessions, NOW)[0]?.nextSession?.id).toBe("sooner");
    const underWay = session("now", "u1", "2026-12-01T11:30:00Z");
    expect(inboxEntries([room("r1", "u1")], ME, [...sessions, underWay], NOW)[0]?.nextSession?.id).toBe("now");
    expect(inboxEntries([room("r3", "u3")], ME, sessions, NOW)[0]?.nextSession).toBeUndefined();
  });

  it("puts the unread count in front of the tab's title", () => {
    expect(titleWithUnread("Inbox · Mentra", 0)).toBe("Inbox · Mentra");
    expect(titleWithUnread("Mentra", 3)).toBe("(3) Mentra");
    expect(titleWithUnread("Mentra", 120)).toBe("(99+) Mentra");
  });

  it("asks for the sessions again when a room names a booking it lacks or a booking notice is newer", () => {
    const updatedAt = Date.parse("2026-12-01T10:00:00Z");
    const known = [session("b1", "u1", "2026-12-02T09:00:00Z")];
    expect(staleSessionsReason([room("r1", "u1", { bookingId: "b1" })], known, updatedAt)).toBeUndefined();
    expect(staleSessionsReason([room("r2", "u2", { bookingId: "b2" })], known, updatedAt)).toBe("new:b2");
    const moved = room("r1", "u1", {
      bookingId: "b1",
      lastMessage: message("r1", 4, "2026-12-01T11:00:00Z", { kind: "SYSTEM" }),
    });
    expect(staleSessionsReason([moved], known, updatedAt)).toBe("notice:mr14");
    expect(staleSessionsReason([moved], known, Date.parse("2026-12-01T11:30:00Z"))).toBeUndefined();
    expect(staleSessionsReason([moved], undefined, 0)).toBeUndefined();
  });
});
