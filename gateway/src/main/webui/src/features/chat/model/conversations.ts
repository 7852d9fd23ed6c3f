import type { Conversation } from "@/lib/live/frames";

export type ConversationFilter = "all" | "people" | "ai";

export function filterConversations(list: Conversation[], filter: ConversationFilter): Conversation[] {
  if (filter === "people") return list.filter((c) => c.kind === "SESSION" || c.kind === "DIRECT");
  if (filter === "ai") return list.filter((c) => c.kind === "AI_MENTOR" || c.kind === "COUNCIL");
  return list;
}

/**
 * What a conversation is called in lists: the other person for a direct one, the council's name for a council's
 * (chat-service knows only its id), else its title.
 */
export function conversationTitle(
  conversation: Conversation,
  me: string | undefined,
  councilNames: Record<string, string> = {},
): string {
  if (conversation.kind === "COUNCIL" && conversation.councilId && councilNames[conversation.councilId]) {
    return councilNames[conversation.councilId]!;
  }
  if (conversation.kind === "DIRECT") {
    const other = conversation.participants.find((p) => p.userId !== me);
    if (other?.name) return other.name;
  }
  return conversation.title || (conversation.kind === "COUNCIL" ? "Council" : "Conversation");
}
