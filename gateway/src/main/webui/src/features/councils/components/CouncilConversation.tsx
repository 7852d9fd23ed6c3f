import type { Conversation } from "@/features/chat";

// Placeholder: being built.
export function CouncilConversation({ conversation }: { conversation: Conversation }) {
  return <div>{conversation.title}</div>;
}
