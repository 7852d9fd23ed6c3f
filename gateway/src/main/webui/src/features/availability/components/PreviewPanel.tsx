import { AlertTriangleIcon, CalendarClockIcon, Loader2Icon } from "lucide-react";
import { ErrorState } from "@/components/ErrorState";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiError } from "@/lib/api/problem";
import { zoneLabel } from "@/lib/time";
import type { Slots } from "../api/availability";
import { dateLabel } from "../model/labels";
import { gmtLabel, groupByDay, offsetChanges } from "../model/preview";
import { datesOf } from "../model/window";

/**
 * The slots the form's (unsaved) rules give over the next two weeks, as booking-service computes them for
 * mentees: each day in the mentor's zone, closed days included, and a note where the clocks change.
 */
export function PreviewPanel({
  data,
  error,
  pending,
  updating,
  blocked,
  window,
  onRetry,
}: {
  data: Slots | undefined;
  error: unknown;
  pending: boolean;
  updating: boolean;
  /** The form has errors: no preview until they are fixed. */
  blocked: boolean;
  window: { from: string; to: string };
  onRetry: () => void;
}) {
  const invalid = blocked || (error instanceof ApiError && error.status === 400);
  const byDate = new Map(groupByDay(data?.slots ?? []).map((day) => [day.date, day.slots]));
  const changes = offsetChanges(data?.slots ?? [], data?.timeZone);
  const total = data?.slots.length ?? 0;
  return (
    <Card aria-labelledby="preview-title">
      <CardHeader>
        <div className="flex items-center justify-between gap-2">
          <h2 id="preview-title" className="flex items-center gap-2 text-lg leading-tight font-semibold">
            <CalendarClockIcon className="size-5 text-primary" aria-hidden="true" /> Preview
          </h2>
          <span role="status" aria-live="polite" className="flex items-center gap-1 text-xs text-muted-foreground">
            {updating && !invalid ? (
              <>
                <Loader2Icon className="size-3.5 animate-spin motion-reduce:animate-none" aria-hidden="true" /> Updating…
              </>
            ) : data && !invalid ? (
              <span data-testid="preview-count">
                {total} {total === 1 ? "time" : "times"} in two weeks
              </span>
            ) : null}
          </span>
        </div>
        <CardDescription>
          What mentees are offered over the next two weeks once you save, shown in{" "}
          {data ? zoneLabel(data.mentorTimeZone) : "your zone"}. Mentees see the same times in their own zone.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {data?.source === "acuity" && (
          <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground">
            Your sessions are scheduled by Acuity: these are the times Acuity offers, whatever the hours here say.
          </p>
        )}
        {invalid ? (
          <p className="flex items-start gap-2 rounded-md bg-destructive/10 p-3 text-sm text-destructive">
            <AlertTriangleIcon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            Fix the fields marked in the form to see the preview.
          </p>
        ) : error && !data ? (
          <ErrorState error={error} onRetry={onRetry} />
        ) : pending && !data ? (
          <div className="grid gap-2" role="status" aria-busy="true" aria-label="Loading the preview">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-10 w-full" />
            ))}
          </div>
        ) : (
          <>
            {changes.map((change) => (
              <p key={change.date} className="rounded-md bg-accent p-3 text-sm" data-testid="offset-change">
                Clocks change on {dateLabel(change.date)}: {gmtLabel(change.from)} becomes {gmtLabel(change.to)}. Your hours
                stay the same on your clock; mentees elsewhere may see them move by an hour.
              </p>
            ))}
            <ol className="grid gap-2" aria-label="Free times by day" data-testid="preview-days">
              {datesOf(window).map((date) => {
                const slots = byDate.get(date) ?? [];
                return (
                  <li key={date} className="grid gap-1.5 border-b pb-2 last:border-b-0 last:pb-0" data-date={date}>
                    <h3 className="text-sm font-medium">{dateLabel(date)}</h3>
                    {slots.length === 0 ? (
                      <p className="text-xs text-muted-foreground">No times</p>
                    ) : (
                      <ul className="flex flex-wrap gap-1.5" aria-label={`Times on ${dateLabel(date)}`}>
                        {slots.map((slot) => (
                          <li key={slot.startsAt}>
                            <Badge variant="secondary" className="tabular-nums" data-starts-at={slot.startsAt}>
                              {slot.time}
                            </Badge>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </CardContent>
    </Card>
  );
}
