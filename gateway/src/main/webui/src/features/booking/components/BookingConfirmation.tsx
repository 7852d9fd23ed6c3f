import * as React from "react";
import { Link } from "react-router";
import { CheckCircle2Icon, Loader2Icon, MessagesSquareIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { Booking } from "../api/bookings";
import { useSessionRoom } from "../hooks/useSessionRoom";
import { sessionWhen } from "../model/bookings";
import { zoneCaption } from "../model/slots";

/** Booked: what and when (in the viewer's zone), and where to go next. */
export function BookingConfirmation({
  booking,
  mentorName,
  zone,
  onBookAnother,
}: {
  booking: Booking;
  mentorName: string;
  zone: string;
  onBookAnother: () => void;
}) {
  const room = useSessionRoom(booking.id, true);
  const when = sessionWhen(booking.startsAt, booking.endsAt, zone);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby="booked-title" className="space-y-4 rounded-xl border bg-card p-5 shadow-sm sm:p-6">
      <div className="flex items-start gap-3">
        <CheckCircle2Icon className="mt-0.5 size-6 shrink-0 text-success" aria-hidden="true" />
        <div className="space-y-1">
          <h2 id="booked-title" ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
            You're booked with {mentorName}
          </h2>
          <p className="font-medium">{when.day}</p>
          <p className="text-sm text-muted-foreground">
            {when.time} · {zoneCaption(zone, new Date(booking.startsAt))}
          </p>
        </div>
      </div>
      {booking.note && (
        <div className="rounded-lg bg-muted p-3 text-sm">
          <p className="mb-1 font-medium">Your note</p>
          <p className="whitespace-pre-line break-words">{booking.note}</p>
        </div>
      )}
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {room
          ? "Your session has its own chat room: say hello or share material before you meet."
          : "Your session's chat room is being set up…"}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button asChild>
          <Link to="/bookings">My bookings</Link>
        </Button>
        {room ? (
          <Button asChild variant="outline">
            <Link to={`/conversations/${room.id}`}>
              <MessagesSquareIcon aria-hidden="true" /> Open session chat
            </Link>
          </Button>
        ) : (
          <Button variant="outline" disabled>
            <Loader2Icon className="animate-spin" aria-hidden="true" /> Preparing chat…
          </Button>
        )}
        <Button variant="ghost" onClick={onBookAnother}>
          Book another time
        </Button>
      </div>
    </section>
  );
}
