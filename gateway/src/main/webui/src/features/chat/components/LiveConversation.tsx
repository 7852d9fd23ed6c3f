import type { Conversation } from "@/lib/live/frames";

// Placeholder: being built.
export function LiveConversation({ conversation }: { conversation: Conversation }) {
  return <div>{conversation.title}</div>;
}
