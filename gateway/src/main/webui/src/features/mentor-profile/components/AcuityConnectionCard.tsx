import type * as React from "react";
import { CalendarCheck2Icon, CalendarOffIcon, TriangleAlertIcon } from "lucide-react";
import { ErrorState } from "@/components/ErrorState";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime, formatRelative } from "@/lib/time";
import { useAcuityConnection } from "@/features/availability";

/** My Acuity Scheduling connection, read-only: which calendar, when it last synced, what it could not apply. */
export function AcuityConnectionCard({ zone }: { zone: string }) {
  const acuity = useAcuityConnection();
  let body: React.ReactNode;
  if (acuity.isPending) body = <Skeleton className="h-16 w-full" />;
  else if (acuity.isError) body = <ErrorState error={acuity.error} onRetry={() => void acuity.refetch()} />;
  else if (!acuity.data.connected) {
    body = (
      <p className="flex items-start gap-2 text-sm text-muted-foreground">
        <CalendarOffIcon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
        Not connected. Mentra schedules your sessions from your availability. An admin can connect your Acuity calendar.
      </p>
    );
  } else {
    const c = acuity.data;
    body = (
      <div className="grid gap-3 text-sm">
        <dl className="grid gap-2">
          <Row term="Calendar" value={c.calendarId ?? "—"} />
          <Row term="Appointment type" value={c.appointmentTypeId ?? "—"} />
          <Row
            term="Last sync"
            value={c.lastSyncedAt ? `${formatRelative(c.lastSyncedAt)} (${formatDateTime(c.lastSyncedAt, zone)})` : "Not yet"}
          />
        </dl>
        {!c.scheduledByAcuity && (
          <p className="text-muted-foreground">Acuity is not configured on this Mentra: your availability here is used meanwhile.</p>
        )}
        {c.lastError && (
          <p className="flex items-start gap-2 rounded-md bg-destructive/10 p-3 text-destructive" data-testid="acuity-error">
            <TriangleAlertIcon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            <span className="break-words [overflow-wrap:anywhere]">
              The last sync{c.lastAttemptAt ? ` (${formatRelative(c.lastAttemptAt)})` : ""} failed: {c.lastError}
            </span>
          </p>
        )}
        {c.problems.length > 0 && (
          <div className="grid gap-1">
            <p className="font-medium">Appointments the last sync could not apply</p>
            <ul className="list-disc pl-5 text-muted-foreground">
              {c.problems.map((problem) => (
                <li key={problem} className="break-words [overflow-wrap:anywhere]">
                  {problem}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    );
  }
  const connected = acuity.data?.connected;
  return (
    <Card>
      <CardHeader>
        <div className="flex items-center justify-between gap-2">
          <h2 className="flex items-center gap-2 text-lg leading-tight font-semibold">
            <CalendarCheck2Icon className="size-5 text-primary" aria-hidden="true" /> Acuity Scheduling
          </h2>
          {acuity.data && <Badge variant={connected ? "default" : "secondary"}>{connected ? "Connected" : "Not connected"}</Badge>}
        </div>
        <CardDescription>Read-only: an admin assigns your calendar.</CardDescription>
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
