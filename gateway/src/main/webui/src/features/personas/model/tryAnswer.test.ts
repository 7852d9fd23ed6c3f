import { describe, expect, it } from "vitest";
import { idle, readReplyEvent, tryAnswer, type TryEvent } from "./tryAnswer";

const play = (...events: TryEvent[]) => events.reduce(tryAnswer, idle);

describe("the try-it answer", () => {
  it("grows word by word, then settles on the whole answer and the cards it used", () => {
    const streaming = play({ kind: "asked", question: "Salary?" }, { kind: "delta", text: "Here " }, { kind: "delta", text: "is" });
    expect(streaming).toEqual({ status: "streaming", question: "Salary?", text: "Here is" });
    const done = tryAnswer(streaming, { kind: "final", text: "Here is how.", metadata: { mode: "offline", cardIds: ["ai-x-01"], outsideField: false } });
    expect(done).toMatchObject({ status: "done", text: "Here is how.", metadata: { cardIds: ["ai-x-01"] } });
  });

  it("keeps what was written when the answer fails, and a new question starts afresh", () => {
    const failed = play({ kind: "asked", question: "Q" }, { kind: "delta", text: "Half" }, { kind: "error", message: "Provider down" });
    expect(failed).toEqual({ status: "failed", question: "Q", text: "Half", message: "Provider down" });
    expect(tryAnswer(failed, { kind: "asked", question: "Again" })).toEqual({ status: "streaming", question: "Again", text: "" });
  });

  it("a stream that ends after its final answer is not a failure; reset forgets the answer", () => {
    const done = play({ kind: "asked", question: "Q" }, { kind: "final", text: "A", metadata: { cardIds: [], outsideField: false } });
    expect(tryAnswer(done, { kind: "error", message: "ended" })).toBe(done);
    expect(tryAnswer(done, { kind: "reset" })).toBe(idle);
  });

  it("ignores events of an answer that is no longer streaming", () => {
    expect(tryAnswer(idle, { kind: "delta", text: "stray" })).toBe(idle);
    const done = play({ kind: "asked", question: "Q" }, { kind: "final", text: "A", metadata: { cardIds: [], outsideField: false } });
    expect(tryAnswer(done, { kind: "delta", text: "late" })).toBe(done);
  });
});

describe("reading the stream's events", () => {
  it("reads deltas, the final answer's metadata and errors' problems", () => {
    expect(readReplyEvent('{"type":"delta","text":"Hi ","reply":null,"problem":null}')).toEqual({ kind: "delta", text: "Hi " });
    expect(
      readReplyEvent(
        JSON.stringify({
          type: "final",
          text: "Whole",
          reply: { metadata: { mode: "offline", cardIds: ["a", 3, "b"], outsideField: true, suggestedMentorId: "ai-finance" } },
        }),
      ),
    ).toEqual({ kind: "final", text: "Whole", metadata: { mode: "offline", cardIds: ["a", "b"], outsideField: true, suggestedMentorId: "ai-finance" } });
    expect(readReplyEvent('{"type":"error","text":"x","problem":{"detail":"Try again later"}}')).toEqual({ kind: "error", message: "Try again later" });
  });

  it("skips what is not an event it knows", () => {
    expect(readReplyEvent("not json")).toBeNull();
    expect(readReplyEvent('{"type":"ping"}')).toBeNull();
    expect(readReplyEvent("[1,2]")).toBeNull();
    expect(readReplyEvent('{"type":"final","text":"T","reply":"weird"}')).toEqual({
      kind: "final",
      text: "T",
      metadata: { mode: undefined, cardIds: [], outsideField: false, suggestedMentorId: undefined },
    });
  });
});
