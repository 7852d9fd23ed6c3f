import { useParams } from "react-router";
import { ErrorState } from "@/components/ErrorState";
import { PageFallback } from "@/components/PageFallback";
import { AiConversation } from "@/features/ai";
import { LiveConversation, useConversation } from "@/features/chat";
import { CouncilConversation } from "@/features/councils";
import { useViewerTimeZone } from "@/features/profile";

/** One conversation, shown by its kind: an AI mentor's, a council's, or a live one with a person. */
export default function ConversationRoute() {
  const { conversationId = "" } = useParams();
  const conversation = useConversation(conversationId);
  const timeZone = useViewerTimeZone();
  if (conversation.isPending) return <PageFallback />;
  if (conversation.isError) return <ErrorState error={conversation.error} onRetry={() => void conversation.refetch()} />;
  const c = conversation.data;
  if (c.kind === "AI_MENTOR") return <AiConversation conversation={c} />;
  if (c.kind === "COUNCIL") return <CouncilConversation conversation={c} />;
  return <LiveConversation conversation={c} timeZone={timeZone} />;
}
