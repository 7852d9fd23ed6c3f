import { CheckCircle2Icon, Loader2Icon, RotateCcwIcon } from "lucide-react";
import { toast } from "sonner";
import { ErrorState } from "@/components/ErrorState";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { AdminService } from "@/lib/api/adminClient";
import { describeError } from "@/lib/api/problem";
import { useParkedEvents, useReplay } from "../hooks/useOperations";
import { type ParkedStatus, SERVICE_NAME, summarizeReplay } from "../model/operations";
import { ParkedEventItem } from "./ParkedEventItem";

/** One service's parked events with this status, and replaying all that wait. */
export function ServiceParkedEvents({ service, status }: { service: AdminService; status: ParkedStatus }) {
  const parked = useParkedEvents(service, status);
  const replayAll = useReplay(service).all;
  const name = SERVICE_NAME[service];
  const waitingShown = (parked.data?.items ?? []).some((event) => !event.replayedAt);
  const total = parked.data?.total ?? 0;

  return (
    <Card aria-labelledby={`parked-title-${service}`} role="region" data-testid={`parked-${service}`}>
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <h3 id={`parked-title-${service}`} className="flex items-center gap-2 font-semibold">
          {name}
          {parked.data && (
            <Badge variant={total > 0 && status === "waiting" ? "destructive" : "secondary"}>
              {total}
              <span className="sr-only"> {status === "all" ? "parked" : status}</span>
            </Badge>
          )}
        </h3>
        {waitingShown && (
          <Button
            size="sm"
            onClick={() =>
              replayAll.mutateAsync().then(
                (summary) => toast.success(`${name}: ${summarizeReplay(summary)}`),
                (error: unknown) => toast.error(`${name}: not replayed`, { description: describeError(error).detail }),
              )
            }
            disabled={replayAll.isPending}
          >
            {replayAll.isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : <RotateCcwIcon aria-hidden="true" />}
            Replay all waiting<span className="sr-only"> in {name}</span>
          </Button>
        )}
      </CardHeader>
      <CardContent>
        {parked.isPending ? (
          <Skeleton className="h-16 w-full" />
        ) : parked.isError ? (
          <ErrorState error={parked.error} onRetry={() => void parked.refetch()} />
        ) : parked.data.items?.length ? (
          <div className="grid grid-cols-1 gap-2">
            {parked.data.items.map((event) => (
              <ParkedEventItem key={event.id} service={service} event={event} />
            ))}
            {total > parked.data.items.length && (
              <p className="text-xs text-muted-foreground">
                The oldest {parked.data.items.length} of {total} are shown; replaying them brings the next ones here.
              </p>
            )}
          </div>
        ) : (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <CheckCircle2Icon className="size-4 text-success" aria-hidden="true" />
            {status === "waiting" ? "Nothing waiting: every event was applied." : "None."}
          </p>
        )}
      </CardContent>
    </Card>
  );
}
