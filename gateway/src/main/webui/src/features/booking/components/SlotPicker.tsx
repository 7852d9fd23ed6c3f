import * as React from "react";
import { CalendarPlusIcon, Loader2Icon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import type { Slot } from "../api/bookings";
import { useSlots } from "../hooks/useSlots";
import { dayLabel, groupSlotsByDay, sameInstant, slotLabel, todayIn, zoneCaption, zoneName } from "../model/slots";

/**
 * A mentor's free times in `zone`, day by day, as toggle buttons; picks one (`selected` is its `startsAt`).
 * `preselect` (an instant, e.g. from a link) is chosen once it has loaded, loading later weeks to find it.
 */
export function SlotPicker({
  mentorId,
  mentorName,
  zone,
  selected,
  onSelect,
  preselect,
  onPreselectMissing,
  className,
}: {
  mentorId: string;
  mentorName?: string;
  zone: string;
  selected: string | null;
  onSelect: (slot: Slot) => void;
  preselect?: string | null;
  onPreselectMissing?: () => void;
  className?: string;
}) {
  const query = useSlots(mentorId, zone);
  const { slots, meta, loadedUntil, hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const days = React.useMemo(() => groupSlotsByDay(slots), [slots]);
  usePreselect(query, preselect, zone, onSelect, onPreselectMissing);

  const firstName = mentorName?.split(/\s+/)[0];
  const mentorZone = meta?.mentorTimeZone;
  const caption = (
    <p className="text-sm text-muted-foreground">
      Times are shown in <span className="font-medium text-foreground">{zoneCaption(zone)}</span>.
      {mentorZone && mentorZone !== zone && firstName && ` ${firstName} is in ${zoneName(mentorZone)}.`}
      {mentorZone && mentorZone === zone && firstName && ` ${firstName} is in this zone too.`}
    </p>
  );

  if (query.isPending) return <SlotsSkeleton className={className} />;
  if (query.isError && !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const later = hasNextPage && (
    <Button variant="outline" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
      {isFetchingNextPage ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : <CalendarPlusIcon aria-hidden="true" />}
      {isFetchingNextPage ? "Loading later dates…" : "Show later dates"}
    </Button>
  );
  const until = loadedUntil ? dayLabel(loadedUntil) : "";

  return (
    <div className={cn("space-y-5", className)} aria-busy={query.isFetching}>
      {caption}
      {days.length === 0 ? (
        <EmptyState title={`No free times until ${until}`} action={later || undefined}>
          {hasNextPage
            ? "Look further ahead, or come back later: mentors open new times often."
            : `${firstName ?? "This mentor"} has no open times in the coming weeks. Come back later, or find another mentor.`}
        </EmptyState>
      ) : (
        <>
          {days.map((day) => (
            <SlotDayGroup key={day.date} label={day.label} slots={day.slots} selected={selected} onSelect={onSelect} />
          ))}
          <div className="flex flex-col items-start gap-2 border-t pt-4 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-muted-foreground">
              {hasNextPage ? `Showing free times until ${until}.` : `These are all the free times until ${until}.`}
            </p>
            {later}
          </div>
        </>
      )}
      {query.isFetchNextPageError && <ErrorState error={query.error} onRetry={() => void fetchNextPage()} />}
    </div>
  );
}

function SlotDayGroup({
  label,
  slots,
  selected,
  onSelect,
}: {
  label: string;
  slots: Slot[];
  selected: string | null;
  onSelect: (slot: Slot) => void;
}) {
  const headingId = React.useId();
  return (
    <div role="group" aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold">
        {label}
      </h3>
      <div className="flex flex-wrap gap-2">
        {slots.map((slot) => {
          const pressed = sameInstant(slot.startsAt, selected);
          return (
            <Button
              key={slot.startsAt}
              size="sm"
              variant={pressed ? "default" : "outline"}
              aria-pressed={pressed}
              aria-label={slotLabel(slot)}
              className="min-w-[4.75rem] tabular-nums"
              onClick={() => onSelect(slot)}
            >
              {slot.time}
            </Button>
          );
        })}
      </div>
    </div>
  );
}

function SlotsSkeleton({ className }: { className?: string }) {
  return (
    <div className={cn("space-y-5", className)} role="status" aria-busy="true" aria-label="Loading free times">
      <Skeleton className="h-4 w-72 max-w-full" />
      {[0, 1, 2].map((day) => (
        <div key={day} className="space-y-2">
          <Skeleton className="h-4 w-36" />
          <div className="flex flex-wrap gap-2">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} className="h-8 w-[4.75rem]" />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

/** Selects the slot at `instant` once it has loaded, asking for later weeks while it lies beyond them. */
function usePreselect(
  query: ReturnType<typeof useSlots>,
  instant: string | null | undefined,
  zone: string,
  onSelect: (slot: Slot) => void,
  onMissing?: () => void,
) {
  const [pending, setPending] = React.useState(instant ?? null);
  const { slots, loadedUntil, hasNextPage, isFetching, fetchNextPage, isSuccess } = query;
  React.useEffect(() => {
    if (!pending || !isSuccess || isFetching) return;
    const found = slots.find((slot) => sameInstant(slot.startsAt, pending));
    if (found) {
      setPending(null);
      onSelect(found);
    } else if (!Number.isNaN(Date.parse(pending)) && hasNextPage && loadedUntil && todayIn(zone, new Date(pending)) > loadedUntil) {
      void fetchNextPage();
    } else {
      setPending(null);
      onMissing?.();
    }
  }, [pending, isSuccess, isFetching, slots, loadedUntil, hasNextPage, fetchNextPage, zone, onSelect, onMissing]);
}
