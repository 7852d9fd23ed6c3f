import * as React from "react";
import { Link } from "react-router";
import { MessagesSquareIcon, RadioIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { CancelDialog, NoShowDialog, sessionWhen, StatusBadge, zoneCaption, type Booking } from "@/features/booking";
import type { Conversation } from "@/features/chat";
import { isLive, mentorActions } from "../model/sessions";
import { CompleteDialog } from "./CompleteDialog";

/**
 * One session the mentor gives: with whom, when (in the mentor's zone), its state and the reason it was cancelled,
 * the mentee's note, its room, and what the mentor can do with it now.
 */
export function SessionCard({
  session,
  room,
  zone,
  now,
}: {
  session: Booking;
  /** The session's chat room, once chat-service has opened it. */
  room?: Conversation;
  zone: string;
  now: number;
}) {
  const menteeName =
    session.guestName ?? room?.participants.find((p) => p.userId === session.menteeId)?.name ?? "a mentee";
  const when = sessionWhen(session.startsAt, session.endsAt, zone, new Date(now));
  const whenText = `${when.day}, ${when.time}`;
  const can = mentorActions(session, now);
  const live = isLive(session, now);
  const titleId = React.useId();

  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-4 rounded-xl border bg-card p-4 shadow-sm sm:p-5">
      <div className="flex items-start gap-3">
        <PersonAvatar name={menteeName} className="size-10" />
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={titleId} className="font-semibold break-words">
              Session with {menteeName}
            </h2>
            <StatusBadge status={session.status} />
            {live && (
              <Badge variant="success">
                <RadioIcon aria-hidden="true" /> Now
              </Badge>
            )}
            {session.guestName && <Badge variant="outline">Guest</Badge>}
          </div>
          <p className="font-medium">
            <time dateTime={session.startsAt}>{when.day}</time>
          </p>
          <p className="text-sm text-muted-foreground">
            {when.time} · <span className="whitespace-nowrap">{zoneCaption(zone, new Date(session.startsAt))}</span>
          </p>
          {session.status === "CANCELLED" && session.statusReason && (
            <p className="text-sm break-words text-muted-foreground">{session.statusReason}</p>
          )}
        </div>
      </div>
      {session.note && (
        <div className="rounded-lg bg-muted px-3 py-2 text-sm">
          <p className="sr-only">Note from {menteeName}:</p>
          <p className="line-clamp-4 break-words whitespace-pre-line">{session.note}</p>
        </div>
      )}
      <div className="flex flex-wrap gap-2 border-t pt-4">
        {room ? (
          <Button asChild size="sm">
            <Link to={`/mentor/inbox/${room.id}`}>
              <MessagesSquareIcon aria-hidden="true" /> Open room
            </Link>
          </Button>
        ) : (
          session.menteeId && <p className="self-center text-sm text-muted-foreground">The room opens in a moment…</p>
        )}
        {can.complete && <CompleteDialog session={session} withName={menteeName} when={whenText} />}
        {can.noShow && <NoShowDialog booking={session} withName={menteeName} when={whenText} />}
        {can.cancel && <CancelDialog booking={session} withName={menteeName} when={whenText} />}
      </div>
    </article>
  );
}

export function SessionCardSkeleton() {
  return (
    <div className="flex gap-3 rounded-xl border p-5" aria-hidden="true">
      <Skeleton className="size-10 rounded-full" />
      <div className="flex-1 space-y-2">
        <Skeleton className="h-4 w-56 max-w-full" />
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-3 w-48" />
      </div>
    </div>
  );
}
