import type { Conversation } from "@/features/chat";

/** A conversation I am the mentor in: a session room or a mentee's direct line (not AI mentors or councils). */
export function isMentorConversation(conversation: Conversation, me: string | undefined): boolean {
  if (!me || (conversation.kind !== "SESSION" && conversation.kind !== "DIRECT")) return false;
  return conversation.participants.some((p) => p.userId === me && p.role === "MENTOR");
}
