/**
 * The "try it" panel's answer as the stream builds it: the text growing with each `delta`, then the whole answer
 * with how it was made (`final`), or a problem (`error`, or a refused request).
 */
export type ReplyMetadata = {
  mode?: "offline" | "llm";
  cardIds: string[];
  outsideField: boolean;
  suggestedMentorId?: string;
};

export type TryAnswer =
  | { status: "idle" }
  | { status: "streaming"; question: string; text: string }
  | { status: "done"; question: string; text: string; metadata: ReplyMetadata }
  | { status: "failed"; question: string; text: string; message: string };

export type TryEvent =
  | { kind: "asked"; question: string }
  | { kind: "delta"; text: string }
  | { kind: "final"; text: string; metadata: ReplyMetadata }
  | { kind: "error"; message: string }
  | { kind: "reset" };

export const idle: TryAnswer = { status: "idle" };

export function tryAnswer(state: TryAnswer, event: TryEvent): TryAnswer {
  switch (event.kind) {
    case "reset":
      return idle;
    case "asked":
      return { status: "streaming", question: event.question, text: "" };
    case "delta":
      return state.status === "streaming" ? { ...state, text: state.text + event.text } : state;
    case "final":
      return state.status === "streaming" ? { status: "done", question: state.question, text: event.text, metadata: event.metadata } : state;
    case "error":
      return state.status === "streaming" ? { status: "failed", question: state.question, text: state.text, message: event.message } : state;
  }
}

/**
 * One event of the stream (`ReplyEvent` on the wire: {type, text, reply: {metadata}, problem}), read defensively:
 * anything unexpected is skipped rather than trusted.
 */
export function readReplyEvent(data: string): TryEvent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return null;
  }
  const event = record(raw);
  const text = typeof event.text === "string" ? event.text : "";
  if (event.type === "delta") return { kind: "delta", text };
  if (event.type === "final") return { kind: "final", text, metadata: metadataOf(record(record(event.reply).metadata)) };
  if (event.type === "error") {
    const problem = record(event.problem);
    const message = typeof problem.detail === "string" ? problem.detail : text || "The mentor could not answer.";
    return { kind: "error", message };
  }
  return null;
}

function metadataOf(raw: Record<string, unknown>): ReplyMetadata {
  return {
    mode: raw.mode === "offline" || raw.mode === "llm" ? raw.mode : undefined,
    cardIds: Array.isArray(raw.cardIds) ? raw.cardIds.filter((id): id is string => typeof id === "string") : [],
    outsideField: raw.outsideField === true,
    suggestedMentorId: typeof raw.suggestedMentorId === "string" && raw.suggestedMentorId ? raw.suggestedMentorId : undefined,
  };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
