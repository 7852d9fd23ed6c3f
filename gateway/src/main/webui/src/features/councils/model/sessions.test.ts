import { describe, expect, it } from "vitest";
import type { ChatMessage, Draft, Thread } from "@/features/chat";
import { labelsIn, responseLabels } from "./labels";
import { councilTimeline, sessionAnnouncement, STALE_AFTER_MS, type CouncilSession } from "./sessions";

const members = [
  { id: "ai-lead", name: "Hana — Leadership Coach" },
  { id: "ai-eng", name: "Meera — Engineering Coach" },
  { id: "ai-fin", name: "Daniel — Finance Educator" },
];
const T0 = Date.parse("2026-01-01T10:00:00Z");
const base: Thread = { conversationId: "c1", messages: [], pending: [], drafts: [], reads: {}, typing: {}, hasOlder: false };
let seq = 0;

function question(id: string, text = "Should I take the offer?"): ChatMessage {
  return { conversationId: "c1", seq: ++seq, id, author: { kind: "USER", id: "u1", name: "Maya" }, text, createdAt: at(0) };
}

function step(replyTo: string, stage: string, mentorId: string | undefined, text: string, extra: Record<string, unknown> = {}): ChatMessage {
  const system = stage === "missing" || extra.failed === true;
  return {
    conversationId: "c1",
    seq: ++seq,
    id: `m${seq}`,
    author: system ? { kind: "SYSTEM" } : { kind: "AI", id: mentorId, name: `author ${mentorId}` },
    text,
    createdAt: at(1),
    metadata: { mentorId, stage, replyTo, ...extra } as ChatMessage["metadata"],
  };
}

function draft(replyTo: string, stage: string, mentorId: string | undefined, text: string): Draft {
  return { replyTo, stage, mentorId, text };
}

function at(seconds: number) {
  return new Date(T0 + seconds * 1000).toISOString();
}

function sessions(thread: Thread, now = T0 + 5_000, council = members): CouncilSession[] {
  return councilTimeline(thread, council, now).flatMap((item) => (item.kind === "session" ? [item.session] : []));
}

function only(thread: Thread, now?: number): CouncilSession {
  const list = sessions(thread, now);
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe("a council session", () => {
  it("shows every member thinking as soon as the question is stored", () => {
    const s = only({ ...base, messages: [question("q1")] });
    expect(s.answers.map((a) => [a.mentorId, a.status])).toEqual([
      ["ai-lead", "thinking"],
      ["ai-eng", "thinking"],
      ["ai-fin", "thinking"],
    ]);
    expect(s.stages).toEqual({ answers: "running", rankings: "waiting", synthesis: "waiting" });
  });

  it("streams several members' answers at once, next to those already stored", () => {
    const s = only({
      ...base,
      messages: [question("q1"), step("q1", "answer", "ai-eng", "Choose the team.", { mode: "offline" })],
      drafts: [draft("q1", "answer", "ai-lead", "Management is"), draft("q1", "answer", "ai-fin", "Money")],
    });
    expect(s.answers.map((a) => [a.mentorId, a.status, a.text])).toEqual([
      ["ai-lead", "streaming", "Management is"],
      ["ai-eng", "answered", "Choose the team."],
      ["ai-fin", "streaming", "Money"],
    ]);
    expect(s.answers[1]!.mode).toBe("offline");
    expect(s.stages.answers).toBe("running");
  });

  it("keeps a member that timed out, as missing with its notice", () => {
    const s = only({
      ...base,
      messages: [
        question("q1"),
        step("q1", "answer", "ai-lead", "A"),
        step("q1", "missing", "ai-eng", "Meera did not answer in time"),
        step("q1", "answer", "ai-fin", "C"),
      ],
    });
    expect(s.answers.map((a) => a.status)).toEqual(["answered", "missing", "answered"]);
    expect(s.answers[1]!.text).toBe("Meera did not answer in time");
    expect(s.stages).toEqual({ answers: "done", rankings: "running", synthesis: "waiting" });
  });

  it("moves to the synthesis once the aggregate ranking is stored, and is done with the synthesis", () => {
    const messages = [
      question("q1"),
      step("q1", "answer", "ai-lead", "A"),
      step("q1", "answer", "ai-eng", "B"),
      step("q1", "answer", "ai-fin", "C"),
      step("q1", "ranking", "ai-eng", "1. Response C\n2. Response A", { ranking: ["Response C", "Response A"] }),
      step("q1", "ranking", "ai-lead", "1. Response B\n2. Response C", { ranking: ["Response B", "Response C"] }),
      step("q1", "aggregate", "ai-lead", "1. Response B\n2. Response C\n3. Response A", { ranking: ["ai-eng", "ai-fin", "ai-lead"] }),
    ];
    const ranking = only({ ...base, messages });
    expect(ranking.stages).toEqual({ answers: "done", rankings: "done", synthesis: "running" });
    // rankings in seat order, whatever order they were stored in
    expect(ranking.rankings.map((r) => r.mentorId)).toEqual(["ai-lead", "ai-eng"]);
    expect(ranking.aggregate?.order).toEqual(["ai-eng", "ai-fin", "ai-lead"]);

    const done = only({ ...base, messages: [...messages, step("q1", "synthesis", "ai-lead", "Take it.", { ranking: [] })] });
    expect(done.state).toBe("done");
    expect(done.stages).toEqual({ answers: "done", rankings: "done", synthesis: "done" });
    expect(done.synthesis).toMatchObject({ mentorId: "ai-lead", name: "Hana — Leadership Coach", text: "Take it.", streaming: false });
  });

  it("shows the synthesis streaming in before it is stored", () => {
    const s = only({
      ...base,
      messages: [question("q1"), step("q1", "answer", "ai-lead", "A"), step("q1", "aggregate", "ai-lead", "1. Response A", { ranking: ["ai-lead"] })],
      drafts: [draft("q1", "synthesis", "ai-lead", "The council")],
    });
    expect(s.synthesis).toMatchObject({ text: "The council", streaming: true });
    expect(s.stages.synthesis).toBe("running");
  });

  it("marks the running stage failed when the council could not answer, and stops showing members thinking", () => {
    const s = only({
      ...base,
      messages: [question("q1"), step("q1", "error", undefined, "The council could not answer: busy. Send your message again to retry.", { failed: true })],
    });
    expect(s.state).toBe("failed");
    expect(s.stages).toEqual({ answers: "failed", rankings: "waiting", synthesis: "waiting" });
    expect(s.answers).toEqual([]);
    expect(sessionAnnouncement(s)).toContain("could not answer");
  });

  it("counts a session that heard nothing for a long time as interrupted, but not while something streams", () => {
    const thread = { ...base, messages: [question("q1")] };
    expect(only(thread, T0 + STALE_AFTER_MS + 1).state).toBe("interrupted");
    expect(only({ ...thread, drafts: [draft("q1", "answer", "ai-lead", "x")] }, T0 + STALE_AFTER_MS + 1).state).toBe("running");
  });
});

describe("a council conversation", () => {
  it("starts a new session below for every follow-up question", () => {
    const list = sessions({
      ...base,
      messages: [question("q1"), step("q1", "synthesis", "ai-lead", "Take it."), question("q2", "And the salary?")],
    });
    expect(list.map((s) => [s.id, s.state])).toEqual([
      ["q1", "done"],
      ["q2", "running"],
    ]);
    expect(list[1]!.question?.text).toBe("And the salary?");
  });

  it("shows the council thinking under my question once the server has it, before the question comes back", () => {
    const items = councilTimeline(
      { ...base, pending: [{ clientId: "c-1", text: "Hi", createdAt: at(0), state: "sent" }] },
      members,
      T0,
    );
    expect(items).toHaveLength(1);
    const pending = items[0]!;
    expect(pending.kind === "pending" && pending.session?.answers.map((a) => a.status)).toEqual(["thinking", "thinking", "thinking"]);
    // still sending, or failed: no session yet
    const sending = councilTimeline({ ...base, pending: [{ clientId: "c-1", text: "Hi", createdAt: at(0), state: "sending" }] }, members, T0);
    expect(sending[0]!.kind === "pending" && sending[0]!.session).toBeUndefined();
  });

  it("shows answers that overtake their question's own frame under my question on its way", () => {
    const items = councilTimeline(
      {
        ...base,
        pending: [{ clientId: "c-1", text: "Hi", createdAt: at(0), state: "sent" }],
        drafts: [draft("q-unseen", "answer", "ai-lead", "Hello")],
      },
      members,
      T0,
    );
    expect(items.map((i) => i.kind)).toEqual(["pending"]);
    const session = items[0]!.kind === "pending" ? items[0]!.session : undefined;
    expect(session?.id).toBe("q-unseen");
    expect(session?.answers.find((a) => a.mentorId === "ai-lead")?.status).toBe("streaming");
  });

  it("keys a question the same on its way and once stored, so its session keeps its state", () => {
    const onItsWay = councilTimeline({ ...base, pending: [{ clientId: "c-7", text: "Hi", createdAt: at(0), state: "sent" }] }, members, T0);
    const stored = councilTimeline({ ...base, messages: [{ ...question("q1", "Hi"), clientId: "c-7" }] }, members, T0);
    expect(onItsWay[0]!.key).toBe(stored[0]!.key);
  });

  it("keeps stages whose question is on an earlier page, and notices tied to no question", () => {
    const items = councilTimeline(
      { ...base, messages: [step("q-old", "synthesis", "ai-lead", "Earlier advice"), step("", "notice", undefined, "Council not found")] },
      members,
      T0,
    );
    expect(items.map((i) => i.kind)).toEqual(["session", "notice"]);
  });

  it("names members by the council, falling back to the author's name when the council is unknown", () => {
    const thread = { ...base, messages: [question("q1"), step("q1", "answer", "ai-eng", "B")] };
    expect(sessions(thread, T0, [])[0]!.answers).toEqual([
      { mentorId: "ai-eng", name: "author ai-eng", status: "answered", text: "B", mode: undefined },
    ]);
  });
});

describe("anonymised response labels", () => {
  it("are read from the aggregate ranking, which lists labels in the order of its mentor ids", () => {
    expect(responseLabels({ order: ["ai-eng", "ai-lead"], text: "1. Response B\n2. Response A" }, [])).toEqual({
      "Response B": "ai-eng",
      "Response A": "ai-lead",
    });
  });

  it("follow the order the members answered in before the aggregate arrives", () => {
    expect(responseLabels(undefined, ["ai-lead", "ai-fin"])).toEqual({ "Response A": "ai-lead", "Response B": "ai-fin" });
  });

  it("are found in a ranking's text", () => {
    expect(labelsIn("1. Response C\n2. Response A — clearer")).toEqual(["Response C", "Response A"]);
  });
});
