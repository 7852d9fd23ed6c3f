import ConversationsPage from "@/features/chat/pages/ConversationsPage";

export default function ConversationsRoute() {
  return <ConversationsPage />;
}
