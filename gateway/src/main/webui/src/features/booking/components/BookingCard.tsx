import * as React from "react";
import { Link } from "react-router";
import { MessagesSquareIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useMentor } from "@/features/catalog";
import type { Booking } from "../api/bookings";
import { useSessionRoom } from "../hooks/useSessionRoom";
import { actionsFor, sessionWhen } from "../model/bookings";
import { zoneCaption } from "../model/slots";
import { CancelDialog } from "./CancelDialog";
import { NoShowDialog } from "./NoShowDialog";
import { RescheduleDialog } from "./RescheduleDialog";
import { ReviewDialog } from "./ReviewDialog";
import { StatusBadge } from "./StatusBadge";

/** One session: with whom, when (in the viewer's zone), its state, the note, and what can be done with it. */
export function BookingCard({ booking, zone, now }: { booking: Booking; zone: string; now: number }) {
  const mentor = useMentor(booking.role === "MENTEE" ? booking.mentorId : undefined);
  const room = useSessionRoom(booking.id);
  const [reviewed, setReviewed] = React.useState(false);
  const mentorName = mentor.data?.displayName;
  const menteeName =
    booking.guestName ?? room?.participants?.find((p) => p.role === "MENTEE" && p.userId === booking.menteeId)?.name;
  const withName = booking.role === "MENTEE" ? (mentorName ?? "your mentor") : (menteeName ?? "a mentee");

  const when = sessionWhen(booking.startsAt, booking.endsAt, zone, new Date(now));
  const whenText = `${when.day}, ${when.time}`;
  const moved = booking.previousStartsAt ? sessionWhen(booking.previousStartsAt, booking.previousStartsAt, zone) : null;
  const can = actionsFor(booking, now);
  const titleId = React.useId();

  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-4 rounded-xl border bg-card p-4 shadow-sm sm:p-5">
      <div className="flex items-start gap-3">
        <PersonAvatar name={booking.role === "MENTEE" ? (mentorName ?? "?") : withName} className="size-10" />
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={titleId} className="font-semibold">
              {booking.role === "MENTEE" && mentor.isPending ? (
                <span className="inline-block h-4 w-40 animate-pulse rounded-md bg-muted align-middle">
                  <span className="sr-only">Loading the mentor's name</span>
                </span>
              ) : (
                `Session with ${withName}`
              )}
            </h2>
            <StatusBadge status={booking.status} />
            {booking.role === "MENTOR" && <Badge variant="outline">You're the mentor</Badge>}
          </div>
          <p className="font-medium">
            <time dateTime={booking.startsAt}>{when.day}</time>
          </p>
          <p className="text-sm text-muted-foreground">
            {when.time} · {zoneCaption(zone, new Date(booking.startsAt))}
          </p>
          {moved && booking.status === "CONFIRMED" && (
            <p className="text-sm text-muted-foreground">Moved from {moved.day}, {moved.time.split("–")[0]}</p>
          )}
          {booking.status === "CANCELLED" && booking.statusReason && (
            <p className="text-sm text-muted-foreground break-words">{booking.statusReason}</p>
          )}
        </div>
      </div>
      {booking.note && (
        <div className="rounded-lg bg-muted px-3 py-2 text-sm">
          <p className="sr-only">Note:</p>
          <p className="line-clamp-4 whitespace-pre-line break-words">{booking.note}</p>
        </div>
      )}
      <Actions>
        {room && (
          <Button asChild size="sm">
            <Link to={`/conversations/${room.id}`}>
              <MessagesSquareIcon aria-hidden="true" /> Open chat
            </Link>
          </Button>
        )}
        {can.reschedule && (
          <RescheduleDialog
            booking={booking}
            withName={withName}
            mentorName={booking.role === "MENTEE" ? mentorName : undefined}
            zone={zone}
            when={whenText}
          />
        )}
        {can.cancel && <CancelDialog booking={booking} withName={withName} when={whenText} />}
        {can.review && !reviewed && (
          <ReviewDialog
            mentorId={booking.mentorId}
            mentorName={mentorName ?? "your mentor"}
            when={when.day}
            onReviewed={() => setReviewed(true)}
          />
        )}
        {can.noShow && <NoShowDialog booking={booking} withName={withName} when={whenText} />}
      </Actions>
    </article>
  );
}

/** The action row, left out when there is nothing to do. */
function Actions({ children }: { children: React.ReactNode }) {
  if (React.Children.toArray(children).length === 0) return null;
  return <div className="flex flex-wrap gap-2 border-t pt-4">{children}</div>;
}

export function BookingCardSkeleton() {
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
