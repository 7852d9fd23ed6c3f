import { Link } from "react-router";
import { ArrowLeftIcon, CalendarDaysIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ConversationFrame } from "@/components/conversation/ConversationFrame";
import { ConversationScroller } from "@/components/conversation/ConversationScroller";
import { ErrorState } from "@/components/ErrorState";
import { PersonAvatar } from "@/components/Initials";
import { useStickToBottom } from "@/hooks/useStickToBottom";
import { useAuth } from "@/lib/auth/AuthProvider";
import { browserTimeZone } from "@/lib/time";
import { cn } from "@/lib/utils";
import type { Conversation } from "@/lib/live/frames";
import { useChatActions, useNow, usePresence } from "../hooks/useChatActions";
import { useLoadOlder, useThread } from "../hooks/useThread";
import { threadVersion, typingNow } from "../model/thread";
import { Composer } from "./Composer";
import { MessageList } from "./MessageList";

/** A live conversation with a person: a session room opened by a booking, or a direct conversation. */
export function LiveConversation({
  conversation,
  timeZone = browserTimeZone(),
  title: titleAs,
  backTo = "/conversations",
  bookingTo = "/bookings",
}: {
  conversation: Conversation;
  timeZone?: string;
  /** What to call it instead of its own title (a mentor's inbox names the mentee). */
  title?: string;
  /** Where the phone's back arrow goes. */
  backTo?: string;
  /** Where a session room's "Booking" button goes (a mentor's own sessions screen, from their inbox). */
  bookingTo?: string;
}) {
  const auth = useAuth();
  const me = auth.status === "signed-in" ? auth.user.id : undefined;
  const thread = useThread(conversation.id);
  const actions = useChatActions(conversation.id);
  const presence = usePresence();
  const older = useLoadOlder(conversation.id);
  const others = conversation.participants.filter((p) => p.userId !== me);
  const other = others[0];
  const online = others.some((p) => presence[p.userId]);
  const data = thread.data;
  const typingSoon = data ? Object.keys(data.typing).length > 0 : false;
  const now = useNow(1000, typingSoon);
  const typing = data ? typingNow(data, me, now) : [];
  const seenUpTo = data ? Math.max(0, ...others.map((p) => data.reads[p.userId] ?? 0)) : 0;
  const scroller = useStickToBottom(threadVersion(data, now));
  const otherName = other?.name ?? "them";
  const title =
    titleAs ?? (conversation.kind === "SESSION" ? (conversation.title ?? "Session") : (other?.name ?? conversation.title ?? "Conversation"));

  const send = (text: string) => {
    scroller.scrollToBottom();
    actions.send(text);
  };

  return (
    <ConversationFrame label={title}>
      <header className="flex items-center gap-3 border-b px-4 py-3">
        <Button asChild variant="ghost" size="icon" className="md:hidden">
          <Link to={backTo} aria-label="All conversations">
            <ArrowLeftIcon aria-hidden="true" />
          </Link>
        </Button>
        <span className="relative">
          <PersonAvatar name={other?.name ?? title} className="size-9" />
          <span
            className={cn("absolute right-0 bottom-0 size-2.5 rounded-full ring-2 ring-background", online ? "bg-success" : "bg-muted-foreground/40")}
            aria-hidden="true"
          />
        </span>
        <div className="min-w-0 flex-1">
          <h1 className="truncate font-semibold">{title}</h1>
          <p className="truncate text-xs text-muted-foreground" data-testid="presence">
            {other ? `${other.name ?? "They"} · ${online ? "online" : "offline"}` : "Only you so far"}
          </p>
        </div>
        {conversation.kind === "SESSION" && (
          <Button asChild variant="outline" size="sm">
            {/* on a phone only the icon shows: the name must not depend on the hidden word */}
            <Link to={bookingTo} aria-label="Booking">
              <CalendarDaysIcon aria-hidden="true" /> <span className="hidden sm:inline">Booking</span>
            </Link>
          </Button>
        )}
      </header>

      {thread.isPending ? (
        <div className="flex-1 space-y-3 p-4" role="status" aria-busy="true" aria-label="Loading messages">
          <Skeleton className="h-10 w-2/3" />
          <Skeleton className="ml-auto h-10 w-1/2" />
          <Skeleton className="h-16 w-3/5" />
        </div>
      ) : thread.isError ? (
        <div className="flex-1 p-4">
          <ErrorState error={thread.error} onRetry={() => void thread.refetch()} />
        </div>
      ) : (
        <ConversationScroller
          scroller={scroller}
          label={`Messages with ${otherName}`}
          live
          hasOlder={thread.data.hasOlder}
          loadOlder={older.loadOlder}
          loadingOlder={older.loading}
        >
          {thread.data.messages.length === 0 && thread.data.pending.length === 0 && (
            <p className="mt-10 text-center text-sm text-muted-foreground">
              No messages yet. Say hello{other?.name ? ` to ${other.name}` : ""} — they'll see it the moment you send it.
            </p>
          )}
          <MessageList
            messages={thread.data.messages}
            pending={thread.data.pending}
            me={me}
            seenUpTo={seenUpTo}
            timeZone={timeZone}
            onRetry={(clientId) => actions.retry(clientId)}
          />
        </ConversationScroller>
      )}

      <p className="h-5 shrink-0 px-4 text-xs text-muted-foreground" aria-live="polite" data-testid="typing-indicator">
        {typing.length > 0 ? `${nameOf(conversation, typing[0]!)} is typing…` : ""}
      </p>
      <Composer
        onSend={send}
        onTyping={actions.typing}
        label={`Message ${other?.name ?? ""}`.trim()}
        placeholder={other?.name ? `Message ${other.name}…` : "Write a message…"}
      />
    </ConversationFrame>
  );
}

function nameOf(conversation: Conversation, userId: string) {
  return conversation.participants.find((p) => p.userId === userId)?.name ?? "Someone";
}
