import { Link } from "react-router";
import { CalendarXIcon } from "lucide-react";
import { Skeleton } from "@/components/ui/skeleton";
import { useAuth } from "@/lib/auth/AuthProvider";
import { describeError } from "@/lib/api/problem";
import { formatDateTime, formatDay, formatTime, zoneLabel } from "@/lib/time";
import { useFreeSlots } from "../hooks/useFreeSlots";
import { groupSlotsByDay } from "../model/slots";

const PREVIEW = 6;

/** A human mentor's next free times in the viewer's zone, by day; each time is a shortcut into booking it. */
export function SlotPreview({ mentorId, returnTo }: { mentorId: string; returnTo: string }) {
  const auth = useAuth();
  const slots = useFreeSlots(mentorId, true);
  const bookHref = (startsAt: string) =>
    `/mentors/${encodeURIComponent(mentorId)}/book?start=${encodeURIComponent(startsAt)}`;

  if (auth.status !== "signed-in") {
    return (
      <p className="text-sm text-muted-foreground">
        <Link
          to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          Sign in to see free times
        </Link>
      </p>
    );
  }
  if (slots.isPending) {
    return (
      <div className="grid grid-cols-3 gap-2" role="status" aria-busy="true" aria-label="Loading free times">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-8" />
        ))}
      </div>
    );
  }
  if (slots.isError) return <p className="text-sm text-destructive">{describeError(slots.error).detail}</p>;

  const days = groupSlotsByDay(slots.data.slots ?? [], PREVIEW);
  if (days.length === 0) {
    return (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <CalendarXIcon className="size-4" aria-hidden="true" /> No free times in the coming weeks.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {days.map((day) => (
        <div key={day.date} className="space-y-1.5">
          <p className="text-xs font-medium text-muted-foreground">{formatDay(day.date)}</p>
          <ul className="grid grid-cols-3 gap-2" aria-label={`Free times on ${formatDay(day.date)}`}>
            {day.starts.map((startsAt) => (
              <li key={startsAt}>
                <Link
                  to={bookHref(startsAt)}
                  aria-label={`Book ${formatDateTime(startsAt, slots.timeZone)}`}
                  className="flex h-8 items-center justify-center rounded-md border bg-background text-sm font-medium tabular-nums transition-colors hover:border-primary hover:bg-accent"
                >
                  <time dateTime={startsAt}>{formatTime(startsAt, slots.timeZone)}</time>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="text-xs text-muted-foreground">Times in {zoneLabel(slots.timeZone)}</p>
    </div>
  );
}
