import * as React from "react";
import { Link } from "react-router";
import { BotIcon, CalendarDaysIcon, MessagesSquareIcon, UsersRoundIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { PageHeader } from "@/components/PageHeader";
import { PersonAvatar } from "@/components/Initials";
import { useAuth } from "@/lib/auth/AuthProvider";
import { formatRelative } from "@/lib/time";
import { cn } from "@/lib/utils";
import type { Conversation } from "@/lib/live/frames";
import { useConversations } from "../hooks/useConversations";
import { conversationTitle, filterConversations, type ConversationFilter } from "../model/conversations";

/** All my conversations, most recently active first, with what was said last and what I have not read. */
export default function ConversationsPage({ councilNames = {} }: { councilNames?: Record<string, string> }) {
  const conversations = useConversations();
  const [filter, setFilter] = React.useState<ConversationFilter>("all");
  const list = filterConversations(conversations.data ?? [], filter);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Messages" description="Your sessions, direct messages, AI mentors and councils." />
      <Tabs value={filter} onValueChange={(value) => setFilter(value as ConversationFilter)}>
        <TabsList aria-label="Show" className="mb-4">
          <TabsTrigger value="all">All</TabsTrigger>
          <TabsTrigger value="people">People</TabsTrigger>
          <TabsTrigger value="ai">AI mentors & councils</TabsTrigger>
        </TabsList>
        {/* the chosen tab's panel (its trigger's aria-controls names it), holding the filtered list */}
        <TabsContent value={filter}>
          {conversations.isPending ? (
            <div className="space-y-2" role="status" aria-busy="true" aria-label="Loading conversations">
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} className="h-16" />
              ))}
            </div>
          ) : conversations.isError ? (
            <ErrorState error={conversations.error} onRetry={() => void conversations.refetch()} />
          ) : list.length === 0 ? (
            <EmptyState
              icon={<MessagesSquareIcon />}
              title={filter === "people" ? "No conversations with mentors yet" : "No conversations yet"}
              action={
                <div className="flex flex-wrap justify-center gap-2">
                  <Button asChild>
                    <Link to="/mentors?kind=AI">Ask an AI mentor</Link>
                  </Button>
                  <Button asChild variant="outline">
                    <Link to="/mentors?kind=HUMAN">Book a human mentor</Link>
                  </Button>
                </div>
              }
            >
              Ask an AI mentor a question, convene a council, or book a session with a person: every conversation appears here.
            </EmptyState>
          ) : (
            <ul className="divide-y rounded-xl border bg-card">
              {list.map((c) => (
                <ConversationRow key={c.id} conversation={c} councilNames={councilNames} />
              ))}
            </ul>
          )}
        </TabsContent>
      </Tabs>
    </div>
  );
}

function ConversationRow({ conversation, councilNames }: { conversation: Conversation; councilNames: Record<string, string> }) {
  const auth = useAuth();
  const me = auth.status === "signed-in" ? auth.user.id : undefined;
  const title = conversationTitle(conversation, me, councilNames);
  const unread = conversation.unread ?? 0;
  const last = conversation.lastMessage;
  const Icon = conversation.kind === "COUNCIL" ? UsersRoundIcon : conversation.kind === "SESSION" ? CalendarDaysIcon : null;
  return (
    <li>
      <Link
        to={`/conversations/${conversation.id}`}
        className="flex items-center gap-3 px-4 py-3 transition-colors hover:bg-accent/50 focus-visible:bg-accent/50"
      >
        {Icon ? (
          <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-secondary text-secondary-foreground">
            <Icon className="size-5" aria-hidden="true" />
          </span>
        ) : (
          <PersonAvatar name={title} ai={conversation.kind === "AI_MENTOR"} />
        )}
        <div className="min-w-0 flex-1">
          <div className="flex items-baseline gap-2">
            <p className={cn("truncate", unread > 0 ? "font-semibold" : "font-medium")}>{title}</p>
            {conversation.kind === "AI_MENTOR" && <BotIcon className="size-3.5 shrink-0 text-ai" aria-label="AI mentor" />}
            {last && (
              <time className="ml-auto shrink-0 text-xs text-muted-foreground" dateTime={last.createdAt}>
                {formatRelative(last.createdAt)}
              </time>
            )}
          </div>
          <p className={cn("truncate text-sm", unread > 0 ? "text-foreground" : "text-muted-foreground")}>
            {last ? `${last.author.kind === "USER" && last.author.id === me ? "You: " : ""}${last.text}` : "No messages yet"}
          </p>
        </div>
        {unread > 0 && (
          <span
            className="inline-flex min-w-5 shrink-0 items-center justify-center rounded-full bg-primary px-1.5 text-xs leading-5 font-semibold text-primary-foreground"
            data-testid="conversation-unread"
          >
            {unread}
            <span className="sr-only"> unread</span>
          </span>
        )}
      </Link>
    </li>
  );
}
