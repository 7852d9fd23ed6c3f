import * as React from "react";
import { ErrorState } from "@/components/ErrorState";
import { Composer, threadVersion, useChatActions, useLoadOlder, useThread, type Conversation } from "@/features/chat";
import { useMentor } from "@/features/catalog";
import { useStickToBottom } from "@/hooks/useStickToBottom";
import { shortName } from "../model/metadata";
import { aiTimeline } from "../model/timeline";
import { ConversationFrame } from "@/components/conversation/ConversationFrame";
import { ConversationScroller } from "@/components/conversation/ConversationScroller";
import { MentorHeader } from "./MentorHeader";
import { AiTimeline } from "./AiTimeline";
import { StarterQuestions } from "./StarterQuestions";
import { ThreadSkeleton } from "./ThreadSkeleton";

/** A conversation with one AI mentor: ask, watch the answer stream in, keep talking. */
export function AiConversation({ conversation }: { conversation: Conversation }) {
  const id = conversation.id;
  const thread = useThread(id);
  const actions = useChatActions(id);
  const mentor = useMentor(conversation.mentorId);
  const older = useLoadOlder(id);
  const scroller = useStickToBottom(threadVersion(thread.data));
  const name = mentor.data?.displayName ?? conversation.title;
  const items = React.useMemo(() => (thread.data ? aiTimeline(thread.data) : []), [thread.data]);
  const answering = (thread.data?.drafts.length ?? 0) > 0;

  const send = (text: string) => {
    scroller.scrollToBottom();
    actions.send(text);
  };

  return (
    <ConversationFrame>
      <MentorHeader mentorId={conversation.mentorId} mentor={mentor.data} loading={mentor.isPending} fallbackName={name} />
      {thread.isPending ? (
        <ThreadSkeleton />
      ) : thread.isError ? (
        <div className="flex-1 p-4">
          <ErrorState error={thread.error} onRetry={() => void thread.refetch()} />
        </div>
      ) : items.length === 0 ? (
        <StarterQuestions mentor={mentor.data} name={name} onAsk={send} />
      ) : (
        <ConversationScroller
          scroller={scroller}
          label={`Conversation with ${shortName(name)}`}
          live
          hasOlder={thread.data.hasOlder}
          loadOlder={older.loadOlder}
          loadingOlder={older.loading}
        >
          <AiTimeline items={items} mentorName={name} onRetry={actions.retry} onAskAgain={send} />
        </ConversationScroller>
      )}
      <p role="status" className="sr-only">
        {answering ? `${shortName(name)} is writing an answer…` : ""}
      </p>
      <Composer
        onSend={send}
        onTyping={actions.typing}
        label={`Message to ${shortName(name)}`}
        placeholder={`Ask ${shortName(name)}…`}
        disabled={thread.isPending || thread.isError}
      />
    </ConversationFrame>
  );
}
