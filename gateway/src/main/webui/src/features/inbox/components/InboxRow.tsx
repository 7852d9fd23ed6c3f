import { Link } from "react-router";
import { CalendarClockIcon, CalendarDaysIcon, MessageCircleIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { usePresence } from "@/features/chat";
import { formatDateTime, formatRelative } from "@/lib/time";
import { cn } from "@/lib/utils";
import type { InboxEntry } from "../model/inbox";

/** One conversation in the inbox: the mentee, what was said last, what is unread, and their next session. */
export function InboxRow({ entry, me, zone, selected }: { entry: InboxEntry; me?: string; zone: string; selected: boolean }) {
  const presence = usePresence();
  const { conversation, mentee, unread, nextSession } = entry;
  const name = mentee?.name ?? "A mentee";
  const last = conversation.lastMessage;
  const online = mentee ? presence[mentee.userId] === true : false;
  const KindIcon = conversation.kind === "SESSION" ? CalendarDaysIcon : MessageCircleIcon;
  return (
    <li>
      <Link
        to={`/mentor/inbox/${conversation.id}`}
        aria-current={selected ? "page" : undefined}
        data-testid="inbox-row"
        className={cn(
          "flex items-start gap-3 px-4 py-3 transition-colors hover:bg-accent/50 focus-visible:bg-accent/50 focus-visible:outline-none",
          selected && "bg-accent",
        )}
      >
        <span className="relative mt-0.5">
          <PersonAvatar name={name} className="size-10" />
          <span
            className={cn("absolute right-0 bottom-0 size-2.5 rounded-full ring-2 ring-card", online ? "bg-success" : "bg-transparent ring-transparent")}
            aria-hidden="true"
          />
        </span>
        <div className="min-w-0 flex-1 space-y-0.5">
          <div className="flex items-baseline gap-2">
            <p className={cn("truncate", unread > 0 ? "font-semibold" : "font-medium")}>{name}</p>
            <KindIcon className="size-3.5 shrink-0 self-center text-muted-foreground" aria-label={conversation.kind === "SESSION" ? "Session room" : "Direct message"} />
            <time className="ml-auto shrink-0 text-xs text-muted-foreground" dateTime={entry.activityAt}>
              {formatRelative(entry.activityAt)}
            </time>
          </div>
          <p className={cn("truncate text-sm", unread > 0 ? "text-foreground" : "text-muted-foreground")}>
            {last ? `${last.author.kind === "USER" && last.author.id === me ? "You: " : ""}${last.text}` : "No messages yet"}
          </p>
          <p className="flex items-center gap-1 truncate text-xs text-muted-foreground" data-testid="next-session">
            <CalendarClockIcon className="size-3.5 shrink-0" aria-hidden="true" />
            {nextSession ? (
              <>
                Next session <time dateTime={nextSession.startsAt}>{formatDateTime(nextSession.startsAt, zone, "en-GB")}</time>
              </>
            ) : (
              "No session booked"
            )}
          </p>
        </div>
        {unread > 0 && (
          <span
            className="mt-0.5 inline-flex min-w-5 shrink-0 items-center justify-center rounded-full bg-primary px-1.5 text-xs leading-5 font-semibold text-primary-foreground"
            data-testid="inbox-unread"
          >
            {unread > 99 ? "99+" : unread}
            <span className="sr-only"> unread</span>
          </span>
        )}
      </Link>
    </li>
  );
}
