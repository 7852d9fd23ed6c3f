import { ChevronDownIcon, Loader2Icon, RotateCcwIcon } from "lucide-react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AdminService } from "@/lib/api/adminClient";
import { describeError } from "@/lib/api/problem";
import { formatDateTime, formatRelative } from "@/lib/time";
import type { ParkedEvent } from "../api/operations";
import { useReplay } from "../hooks/useOperations";
import { errorGist, formatPayload, outcomeLabel } from "../model/operations";

/** One parked event: what it is, why it failed (gist, then the whole chain and the payload when opened), replay. */
export function ParkedEventItem({ service, event }: { service: AdminService; event: ParkedEvent }) {
  const replay = useReplay(service).one;
  const id = event.id ?? 0;
  const waiting = !event.replayedAt;
  const onReplay = () =>
    replay.mutateAsync(id).then(
      (result) => {
        const message = `Event ${id}: ${outcomeLabel(result.outcome)}`;
        if (result.outcome === "PARKED_AGAIN") toast.error(message, { description: result.error ? errorGist(result.error) : undefined });
        else toast.success(message);
      },
      (error: unknown) => toast.error(`Event ${id} was not replayed`, { description: describeError(error).detail }),
    );

  return (
    <article className="space-y-2 rounded-lg border bg-background p-3" aria-labelledby={`parked-${service}-${id}`} data-testid="parked-event">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <h4 id={`parked-${service}-${id}`} className="flex flex-wrap items-center gap-2 text-sm font-medium">
            <span className="font-mono">{event.eventType ?? "unreadable record"}</span>
            <span className="text-muted-foreground">#{id}</span>
            {waiting ? (
              <Badge variant="outline" className="border-warning/50">
                {event.transientFailure ? "Retries ran out" : "Cannot be applied"}
              </Badge>
            ) : (
              <Badge variant="success">{outcomeLabel(event.replayOutcome)}</Badge>
            )}
          </h4>
          <p className="text-xs break-words text-muted-foreground [overflow-wrap:anywhere]">
            {event.consumer} · {event.topic} · subject {event.subject ?? "none"} · {event.attempts ?? 0}{" "}
            {event.attempts === 1 ? "attempt" : "attempts"}
            {event.lastFailedAt && (
              <>
                {" "}
                · last failed{" "}
                <time dateTime={event.lastFailedAt} title={formatDateTime(event.lastFailedAt)}>
                  {formatRelative(event.lastFailedAt)}
                </time>
              </>
            )}
          </p>
        </div>
        {waiting && (
          <Button size="sm" variant="outline" onClick={() => void onReplay()} disabled={replay.isPending}>
            {replay.isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : <RotateCcwIcon aria-hidden="true" />}
            Replay<span className="sr-only"> event {id}</span>
          </Button>
        )}
      </div>
      <p className="text-sm break-words text-destructive [overflow-wrap:anywhere]">{errorGist(event.error)}</p>
      <details className="group text-sm">
        <summary className="inline-flex cursor-pointer items-center gap-1 rounded-sm text-xs font-medium text-muted-foreground hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
          <ChevronDownIcon className="size-3.5 transition-transform group-open:rotate-180" aria-hidden="true" />
          Error and payload
        </summary>
        <div className="mt-2 grid grid-cols-1 gap-2">
          <div>
            <p className="text-xs font-medium" id={`parked-${service}-${id}-error`}>
              Error
            </p>
            {/* focusable: a long chain scrolls, and keyboard users scroll it too */}
            <pre
              tabIndex={0}
              aria-labelledby={`parked-${service}-${id}-error`}
              className="max-h-48 overflow-auto rounded-md bg-muted p-2 text-xs whitespace-pre-wrap break-words focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
            >
              {event.error}
            </pre>
          </div>
          <div>
            <p className="text-xs font-medium" id={`parked-${service}-${id}-payload`}>
              Payload <span className="font-normal text-muted-foreground">(event {event.eventId ?? "without an id"})</span>
            </p>
            <pre
              tabIndex={0}
              aria-labelledby={`parked-${service}-${id}-payload`}
              className="max-h-64 overflow-auto rounded-md bg-muted p-2 text-xs focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
            >
              {formatPayload(event.payload)}
            </pre>
          </div>
        </div>
      </details>
    </article>
  );
}
