import type { components } from "@/types/api/chat";

/** A stored chat message, exactly as REST answers and `message` frames carry it. */
export type ChatMessage = components["schemas"]["MessageView"];
export type Conversation = components["schemas"]["ConversationView"];

/** Frames chat-service sends on the live socket (chat-service/README.md, "Live protocol"). */
export type ServerFrame =
  | { type: "ready"; userId: string; expiresAt?: string }
  | ({ type: "message" } & ChatMessage)
  | { type: "subscribed"; conversationId: string; lastSeq?: number }
  | { type: "ack"; conversationId: string; clientId: string; seq: number; id: string }
  | { type: "typing"; conversationId: string; userId: string }
  | { type: "presence"; userId: string; online: boolean }
  | { type: "read"; conversationId: string; userId: string; seq: number }
  | { type: "ai.delta"; conversationId: string; replyTo: string; mentorId?: string; stage: string; text: string }
  | { type: "conversation.created"; conversation: Conversation }
  | { type: "error"; code: string; detail?: string; frame?: string; clientId?: string; conversationId?: string };

export type ClientFrame =
  | { type: "auth"; token: string }
  | { type: "subscribe"; conversationId: string; afterSeq: number }
  | { type: "send"; conversationId: string; clientId: string; text: string }
  | { type: "typing"; conversationId: string }
  | { type: "read"; conversationId: string; seq: number };

const KNOWN = new Set([
  "ready", "message", "subscribed", "ack", "typing", "presence", "read", "ai.delta", "conversation.created", "error",
]);

/** Parses one text frame; anything that is not a known frame is ignored rather than trusted. */
export function parseFrame(data: unknown): ServerFrame | null {
  if (typeof data !== "string") return null;
  try {
    const frame: unknown = JSON.parse(data);
    if (typeof frame !== "object" || frame === null) return null;
    const type = (frame as { type?: unknown }).type;
    return typeof type === "string" && KNOWN.has(type) ? (frame as ServerFrame) : null;
  } catch {
    return null;
  }
}
