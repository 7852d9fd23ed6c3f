import { describe, expect, it } from "vitest";
import type { ChatMessage, Conversation } from "@/features/chat";
import { alertsFor, arrivals, NO_ALERTS, notificationText, readAlertSettings, writeAlertSettings } from "./alerts";

const ME = "user_oscar";

function room(id: string, lastSeq = 0, last?: Partial<ChatMessage>): Conversation {
  return {
    id,
    kind: "SESSION",
    title: "Session",
    createdAt: "2026-11-01T10:00:00Z",
    lastSeq,
    lastReadSeq: 0,
    unread: 0,
    participants: [
      { userId: "u1", role: "MENTEE", name: "Mia" },
      { userId: ME, role: "MENTOR", name: "Oscar" },
    ],
    lastMessage: last
      ? ({ id: `m${lastSeq}`, conversationId: id, seq: lastSeq, text: "hi", createdAt: "2026-11-01T10:00:00Z", ...last } as ChatMessage)
      : undefined,
  } as Conversation;
}

describe("what arrived", () => {
  it("is nothing on the first load", () => {
    expect(arrivals(undefined, [room("r1", 1, { author: { kind: "USER", id: "u1", name: "Mia" } })], ME)).toEqual([]);
  });

  it("is a newer message from the mentee, not my own or a system notice", () => {
    const before = [room("r1", 1, { author: { kind: "SYSTEM" } })];
    expect(arrivals(before, [room("r1", 2, { author: { kind: "USER", id: "u1", name: "Mia" }, text: "Hello!" })], ME)).toEqual([
      { conversationId: "r1", kind: "message", from: "Mia", text: "Hello!" },
    ]);
    expect(arrivals(before, [room("r1", 2, { author: { kind: "USER", id: ME, name: "Oscar" } })], ME)).toEqual([]);
    expect(arrivals(before, [room("r1", 2, { author: { kind: "SYSTEM" } })], ME)).toEqual([]);
    // the same message seen again (a refetch) is not news twice
    const seen = [room("r1", 2, { author: { kind: "USER", id: "u1", name: "Mia" } })];
    expect(arrivals(seen, seen, ME)).toEqual([]);
  });

  it("is a newly booked session's room", () => {
    expect(arrivals([], [room("r9")], ME)).toEqual([{ conversationId: "r9", kind: "session", from: "Mia", text: "Mia booked a session" }]);
  });

  it("leaves out conversations where I am not the mentor", () => {
    const mine = { ...room("r1"), participants: [{ userId: ME, role: "MENTEE", name: "Oscar" }, { userId: "x", role: "MENTOR", name: "X" }] } as Conversation;
    expect(arrivals([], [{ ...mine, lastSeq: 1, lastMessage: { id: "m", conversationId: "r1", seq: 1, text: "hey", createdAt: "", author: { kind: "USER", id: "x", name: "X" } } as ChatMessage }], ME)).toEqual([]);
  });
});

describe("how the mentor is told", () => {
  const found = [{ conversationId: "r1", kind: "message" as const, from: "Mia", text: "Hello!" }];

  it("is not at all by default, or while the tab is on screen", () => {
    expect(alertsFor(NO_ALERTS, { hidden: true, permission: "granted" }, found)).toEqual({ notify: false, sound: false });
    expect(alertsFor({ desktop: true, sound: true }, { hidden: false, permission: "granted" }, found)).toEqual({ notify: false, sound: false });
  });

  it("is a desktop notification only with the browser's permission, and a sound when chosen", () => {
    expect(alertsFor({ desktop: true, sound: false }, { hidden: true, permission: "granted" }, found)).toEqual({ notify: true, sound: false });
    expect(alertsFor({ desktop: true, sound: false }, { hidden: true, permission: "denied" }, found)).toEqual({ notify: false, sound: false });
    expect(alertsFor({ desktop: true, sound: true }, { hidden: true, permission: "unsupported" }, found)).toEqual({ notify: false, sound: true });
  });

  it("is nothing when nothing arrived", () => {
    expect(alertsFor({ desktop: true, sound: true }, { hidden: true, permission: "granted" }, [])).toEqual({ notify: false, sound: false });
  });

  it("says who wrote what, or how many arrived", () => {
    expect(notificationText(found)).toEqual({ title: "Mia", body: "Hello!", conversationId: "r1" });
    expect(notificationText([...found, { conversationId: "r2", kind: "session", from: "Ben", text: "Ben booked a session" }])).toEqual({
      title: "2 new in your inbox",
      body: "From Mia, Ben",
      conversationId: "r1",
    });
  });

  it("keeps the choice in this browser, off when unreadable", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readAlertSettings(storage)).toEqual(NO_ALERTS);
    writeAlertSettings(storage, { desktop: true, sound: false });
    expect(readAlertSettings(storage)).toEqual({ desktop: true, sound: false });
    store.set("mentra.inbox.alerts", "{not json");
    expect(readAlertSettings(storage)).toEqual(NO_ALERTS);
    expect(readAlertSettings(undefined)).toEqual(NO_ALERTS);
  });
});
