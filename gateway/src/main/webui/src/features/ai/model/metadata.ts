import type { ChatMessage } from "@/features/chat";

export type AnswerMode = "offline" | "llm";

/** What chat-service stores with an AI answer or a council stage (chat-service/README.md, "AI in chat"). */
export type AiMetadata = {
  mentorId?: string;
  stage?: string;
  /** The id of the person's message this answers. */
  replyTo?: string;
  mode?: AnswerMode;
  ranking?: string[];
  /** A system message saying the AI could not answer. */
  failed: boolean;
  /** The engine's own notes (offline: a mentor better suited to the question). */
  suggestedMentorId?: string;
};

/**
 * Reads a message's metadata defensively: it is free-form JSON on the wire, so every field is checked for its
 * type rather than trusted.
 */
export function aiMetadata(message: Pick<ChatMessage, "metadata">): AiMetadata {
  const raw = record(message.metadata);
  const engine = record(raw.engine);
  const mode = raw.mode ?? engine.mode;
  return {
    mentorId: text(raw.mentorId),
    stage: text(raw.stage),
    replyTo: text(raw.replyTo),
    mode: mode === "offline" || mode === "llm" ? mode : undefined,
    ranking: Array.isArray(raw.ranking) ? raw.ranking.filter((r): r is string => typeof r === "string") : undefined,
    failed: raw.failed === true,
    suggestedMentorId: engine.outsideField === true ? text(engine.suggestedMentorId) : undefined,
  };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** "Mateo — Wellbeing & Resilience Guide" → "Mateo": how a mentor is called in a sentence. */
export function shortName(displayName: string | undefined): string {
  if (!displayName) return "Your mentor";
  return displayName.split(/\s[—–-]\s/)[0]?.trim() || displayName;
}

/** "Mateo — Wellbeing & Resilience Guide" → "Wellbeing & Resilience Guide" (empty when the name has no role). */
export function roleOf(displayName: string | undefined): string {
  const parts = (displayName ?? "").split(/\s[—–-]\s/);
  return parts.length > 1 ? parts.slice(1).join(" — ").trim() : "";
}
