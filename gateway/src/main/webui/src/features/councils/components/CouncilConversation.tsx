import * as React from "react";
import { Link } from "react-router";
import { ErrorState } from "@/components/ErrorState";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { ApiError } from "@/lib/api/problem";
import { ConversationFrame } from "@/components/conversation/ConversationFrame";
import { ConversationScroller } from "@/components/conversation/ConversationScroller";
import { useStickToBottom } from "@/hooks/useStickToBottom";
import { ThreadSkeleton } from "@/features/ai";
import { Composer, threadVersion, useChatActions, useLoadOlder, useNow, useThread, type Conversation } from "@/features/chat";
import { useCouncil } from "../hooks/useCouncils";
import { councilTimeline, sessionAnnouncement, type CouncilMember, type CouncilSession } from "../model/sessions";
import { useAnnouncement } from "../hooks/useAnnouncement";
import { CouncilHeader } from "./CouncilHeader";
import { CouncilIntro } from "./CouncilIntro";
import { CouncilTimeline } from "./CouncilTimeline";

/**
 * A conversation with a council: every question opens a session in which the members answer (streaming side by
 * side), rank each other's answers, and the chair writes the synthesis. Follow-ups open new sessions below.
 */
export function CouncilConversation({ conversation }: { conversation: Conversation }) {
  const id = conversation.id;
  const thread = useThread(id);
  const actions = useChatActions(id);
  const council = useCouncil(conversation.councilId);
  const older = useLoadOlder(id);
  const members = React.useMemo<CouncilMember[] | undefined>(
    () => council.data?.members.map((m) => ({ id: m.id, name: m.displayName })),
    [council.data],
  );
  // a session that hears nothing for long enough counts as stopped: look again now and then
  const now = useNow(30_000, true);
  const items = React.useMemo(() => (thread.data ? councilTimeline(thread.data, members, now) : []), [thread.data, members, now]);
  const latest = items.findLast((i) => i.kind === "session")?.session as CouncilSession | undefined;
  const announcement = useAnnouncement(sessionAnnouncement(latest));
  const scroller = useStickToBottom(threadVersion(thread.data));

  const nameOf = React.useCallback(
    (mentorId: string) => members?.find((m) => m.id === mentorId)?.name ?? mentorId,
    [members],
  );
  const send = (text: string) => {
    scroller.scrollToBottom();
    actions.send(text);
  };
  // deleted (a person's own council), or no longer theirs to see: what it said stays readable
  const gone = council.error instanceof ApiError && (council.error.status === 404 || council.error.status === 403);
  const name = council.data?.name ?? (gone ? "A council no longer available" : conversation.title);

  return (
    <ConversationFrame>
      <CouncilHeader council={council.data} loading={council.isPending && Boolean(conversation.councilId)} fallbackName={name} />
      {gone && (
        <Alert variant="warning" className="rounded-none border-x-0 border-t-0">
          <AlertTitle>This council is no longer available</AlertTitle>
          <AlertDescription>
            <p>
              It was deleted, or is not yours to ask. What it said stays here;{" "}
              <Link to="/councils" className="font-medium text-primary underline-offset-4 hover:underline">
                choose another council
              </Link>{" "}
              to ask again.
            </p>
          </AlertDescription>
        </Alert>
      )}
      {thread.isPending || (council.isPending && Boolean(conversation.councilId)) ? (
        <ThreadSkeleton />
      ) : thread.isError ? (
        <div className="flex-1 p-4">
          <ErrorState error={thread.error} onRetry={() => void thread.refetch()} />
        </div>
      ) : items.length === 0 && gone ? (
        <div className="flex-1" />
      ) : items.length === 0 ? (
        <CouncilIntro council={council.data} onAsk={send} />
      ) : (
        <ConversationScroller
          scroller={scroller}
          label={`Conversation with ${name}`}
          live={false}
          hasOlder={thread.data.hasOlder}
          loadOlder={older.loadOlder}
          loadingOlder={older.loading}
        >
          <CouncilTimeline
            items={items}
            chairId={council.data?.chairMentorId}
            nameOf={nameOf}
            onRetry={actions.retry}
            onAskAgain={gone ? undefined : send}
            onToggle={scroller.release}
          />
        </ConversationScroller>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <Composer
        onSend={send}
        label={`Question for ${name}`}
        placeholder={latest ? "Ask a follow-up…" : "Ask the council…"}
        disabled={thread.isPending || thread.isError || gone}
      />
    </ConversationFrame>
  );
}
