import { Link, useParams } from "react-router";
import { CalendarClockIcon, InboxIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { PageFallback } from "@/components/PageFallback";
import { PageHeader } from "@/components/PageHeader";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { LiveConversation, useConversation } from "@/features/chat";
import { useMentorZone } from "@/features/sessions";
import { useAuth } from "@/lib/auth/AuthProvider";
import { cn } from "@/lib/utils";
import { AlertSettingsDialog } from "../components/AlertSettingsDialog";
import { InboxRow } from "../components/InboxRow";
import { useInbox } from "../hooks/useInbox";
import { totalUnread } from "../model/inbox";

/**
 * A mentor's live inbox: every conversation with a mentee, the most recently active first, beside the one open
 * (on a phone, one or the other). New rooms and messages arrive over the live socket; nothing needs a reload.
 */
export default function MentorInboxPage() {
  const { conversationId } = useParams();
  const auth = useAuth();
  const me = auth.status === "signed-in" ? auth.user.id : undefined;
  const zone = useMentorZone();
  const { entries, conversations } = useInbox();
  const unread = totalUnread(entries);
  const open = entries.find((e) => e.conversation.id === conversationId);

  return (
    <>
      <PageHeader
        className={cn(conversationId && "hidden md:flex")}
        title="Inbox"
        description={
          unread > 0 ? `${unread} unread from your mentees.` : "Your mentees' conversations, the most recent first."
        }
        actions={
          <>
            <AlertSettingsDialog />
            <Button asChild variant="outline">
              <Link to="/mentor/sessions">
                <CalendarClockIcon aria-hidden="true" /> Sessions
              </Link>
            </Button>
          </>
        }
      />
      <div className="grid gap-4 md:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <section
          aria-label="Conversations with mentees"
          className={cn(
            "self-start overflow-hidden rounded-xl border bg-card md:sticky md:top-20 md:max-h-[calc(100dvh-7rem)] md:overflow-y-auto",
            conversationId && "hidden md:block",
          )}
        >
          {conversations.isPending ? (
            <div className="space-y-2 p-3" role="status" aria-busy="true" aria-label="Loading conversations">
              {[0, 1, 2, 3].map((i) => (
                <Skeleton key={i} className="h-16" />
              ))}
            </div>
          ) : conversations.isError ? (
            <div className="p-4">
              <ErrorState error={conversations.error} onRetry={() => void conversations.refetch()} />
            </div>
          ) : entries.length === 0 ? (
            <EmptyState icon={<InboxIcon />} title="No conversations yet" className="m-3 border-none">
              When a mentee books a session or writes to you, the conversation appears here at once.
            </EmptyState>
          ) : (
            <ul className="divide-y" aria-label="Conversations">
              {entries.map((entry) => (
                <InboxRow key={entry.conversation.id} entry={entry} me={me} zone={zone} selected={entry.conversation.id === conversationId} />
              ))}
            </ul>
          )}
        </section>
        {conversationId ? (
          <OpenConversation
            id={conversationId}
            title={open?.mentee && (open.conversation.kind === "SESSION" ? `Session with ${open.mentee.name}` : open.mentee.name)}
            zone={zone}
          />
        ) : (
          <div className="hidden min-h-80 items-center justify-center rounded-xl border border-dashed md:flex">
            <p className="px-6 text-center text-sm text-muted-foreground">Pick a conversation to read and reply.</p>
          </div>
        )}
      </div>
    </>
  );
}

function OpenConversation({ id, title, zone }: { id: string; title?: string; zone: string }) {
  const conversation = useConversation(id);
  if (conversation.isPending) return <PageFallback />;
  if (conversation.isError) return <ErrorState error={conversation.error} onRetry={() => void conversation.refetch()} />;
  return <LiveConversation key={id} conversation={conversation.data} timeZone={zone} title={title} backTo="/mentor/inbox" bookingTo="/mentor/sessions" />;
}
