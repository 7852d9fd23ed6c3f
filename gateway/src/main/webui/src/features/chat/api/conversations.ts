import { api, unwrap } from "@/lib/api/client";
import type { ChatMessage, Conversation } from "@/lib/live/frames";
import type { components } from "@/types/api/chat";

export type ConversationKind = "SESSION" | "DIRECT" | "AI_MENTOR" | "COUNCIL";
export type NewConversation = components["schemas"]["NewConversation"];

/** How many messages a conversation opens with; older ones load when scrolling back. */
export const PAGE = 50;

export function listConversations(signal?: AbortSignal): Promise<Conversation[]> {
  return unwrap(api.GET("/api/conversations", { signal }));
}

export function getConversation(id: string, signal?: AbortSignal): Promise<Conversation> {
  return unwrap(api.GET("/api/conversations/{id}", { params: { path: { id } }, signal }));
}

/** Opens (or, for a direct conversation with the same mentor, finds) a conversation. */
export function openConversation(body: NewConversation): Promise<Conversation> {
  return unwrap(api.POST("/api/conversations", { body }));
}

/** The newest messages before `before` (all the newest when absent), oldest first. */
export function latestMessages(id: string, before?: number, signal?: AbortSignal): Promise<ChatMessage[]> {
  return unwrap(
    api.GET("/api/conversations/{id}/messages", {
      params: { path: { id }, query: { before, limit: PAGE } },
      signal,
    }),
  );
}

/** Sends without the socket (it is down): the same clientId makes a retry safe. */
export function postMessage(id: string, text: string, clientId: string): Promise<ChatMessage> {
  return unwrap(api.POST("/api/conversations/{id}/messages", { params: { path: { id } }, body: { text, clientId } }));
}

export function postRead(id: string, seq: number): Promise<unknown> {
  return unwrap(api.POST("/api/conversations/{id}/read", { params: { path: { id } }, body: { seq } }));
}
