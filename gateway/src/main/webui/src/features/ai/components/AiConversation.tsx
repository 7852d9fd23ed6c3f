import type { Conversation } from "@/features/chat";

// Placeholder: being built.
export function AiConversation({ conversation }: { conversation: Conversation }) {
  return <div>{conversation.title}</div>;
}
