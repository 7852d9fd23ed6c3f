import { Link } from "react-router";
import { ArrowDownIcon, ArrowLeftIcon, CalendarDaysIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ErrorState } from "@/components/ErrorState";
import { PersonAvatar } from "@/components/Initials";
import { useAuth } from "@/lib/auth/AuthProvider";
import { browserTimeZone } from "@/lib/time";
import type { Conversation } from "@/lib/live/frames";
import { useChatActions, useNow, usePresence } from "../hooks/useChatActions";
import { useLoadOlder, useThread } from "../hooks/useThread";
import { useStickToBottom } from "../hooks/useStickToBottom";
import { typingNow } from "../model/thread";
import { Composer } from "./Composer";
import { MessageList } from "./MessageList";

/** A live conversation with a person: a session room opened by a booking, or a direct conversation. */
export function LiveConversation({ conversation, timeZone = browserTimeZone() }: { conversation: Conversation; timeZone?: string }) {
  const auth = useAuth();
  const me = auth.status === "signed-in" ? auth.user.id : undefined;
  const thread = useThread(conversation.id);
  const actions = useChatActions(conversation.id);
  const presence = usePresence();
  const { loadOlder, loading } = useLoadOlder(conversation.id);
  const others = conversation.participants.filter((p) => p.userId !== me);
  const other = others[0];
  const online = others.some((p) => presence[p.userId]);
  const data = thread.data;
  const typing = data ? typingNow(data, me, Date.now()) : [];
  useNow(1000, typing.length > 0);
  const seenUpTo = data ? Math.max(0, ...others.map((p) => data.reads[p.userId] ?? 0)) : 0;
  const version = `${data?.messages.length ?? 0}:${data?.pending.length ?? 0}:${typing.length}`;
  const { ref, hasNewBelow, scrollToBottom } = useStickToBottom<HTMLDivElement>(version);
  const title = conversation.kind === "SESSION" ? (conversation.title ?? "Session") : (other?.name ?? conversation.title ?? "Conversation");

  return (
    <section className="-mx-4 -mt-6 -mb-24 flex h-[calc(100dvh-3.5rem-4rem)] flex-col md:-mb-10 md:h-[calc(100dvh-3.5rem)]" aria-labelledby="conversation-title">
      <header className="flex items-center gap-3 border-b px-4 py-3">
        <Button asChild variant="ghost" size="icon" className="md:hidden">
          <Link to="/conversations" aria-label="All conversations">
            <ArrowLeftIcon aria-hidden="true" />
          </Link>
        </Button>
        <span className="relative">
          <PersonAvatar name={other?.name ?? title} className="size-9" />
          <span
            className={`absolute right-0 bottom-0 size-2.5 rounded-full ring-2 ring-background ${online ? "bg-success" : "bg-muted-foreground/40"}`}
            aria-hidden="true"
          />
        </span>
        <div className="min-w-0 flex-1">
          <h1 id="conversation-title" className="truncate font-semibold">{title}</h1>
          <p className="truncate text-xs text-muted-foreground" data-testid="presence">
            {other ? `${other.name} · ${online ? "online" : "offline"}` : "Only you so far"}
          </p>
        </div>
        {conversation.kind === "SESSION" && (
          <Button asChild variant="outline" size="sm">
            <Link to="/bookings">
              <CalendarDaysIcon aria-hidden="true" /> <span className="hidden sm:inline">Booking</span>
            </Link>
          </Button>
        )}
      </header>

      <div ref={ref} className="relative flex-1 overflow-y-auto px-4 py-4">
        {thread.isPending ? (
          <div className="space-y-3" aria-busy="true" aria-label="Loading messages">
            <Skeleton className="h-10 w-2/3" />
            <Skeleton className="ml-auto h-10 w-1/2" />
            <Skeleton className="h-16 w-3/5" />
          </div>
        ) : thread.isError ? (
          <ErrorState error={thread.error} onRetry={() => void thread.refetch()} />
        ) : (
          <>
            {data!.hasOlder && (
              <div className="mb-3 text-center">
                <Button variant="ghost" size="sm" onClick={() => void loadOlder()} disabled={loading}>
                  {loading ? "Loading…" : "Load earlier messages"}
                </Button>
              </div>
            )}
            {data!.messages.length === 0 && data!.pending.length === 0 && (
              <p className="mt-10 text-center text-sm text-muted-foreground">
                No messages yet. Say hello{other ? ` to ${other.name}` : ""} — they'll see it the moment you send it.
              </p>
            )}
            <MessageList
              messages={data!.messages}
              pending={data!.pending}
              me={me}
              seenUpTo={seenUpTo}
              timeZone={timeZone}
              onRetry={(clientId) => actions.retry(clientId)}
            />
          </>
        )}
      </div>

      <div className="relative">
        {hasNewBelow && (
          <Button size="sm" variant="secondary" className="absolute -top-12 left-1/2 -translate-x-1/2 shadow" onClick={() => scrollToBottom("smooth")}>
            <ArrowDownIcon aria-hidden="true" /> New messages
          </Button>
        )}
        <p className="h-5 px-4 text-xs text-muted-foreground" aria-live="polite" data-testid="typing-indicator">
          {typing.length > 0 ? `${nameOf(conversation, typing[0]!)} is typing…` : ""}
        </p>
        <Composer
          onSend={(text) => actions.send(text)}
          onTyping={actions.typing}
          label={`Message ${other?.name ?? ""}`.trim()}
          placeholder={other ? `Message ${other.name}…` : "Write a message…"}
        />
      </div>
    </section>
  );
}

function nameOf(conversation: Conversation, userId: string) {
  return conversation.participants.find((p) => p.userId === userId)?.name ?? "Someone";
}
