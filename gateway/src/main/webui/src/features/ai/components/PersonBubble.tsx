import { Loader2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatTime } from "@/lib/time";

export type PersonMessageStatus = "stored" | "sending" | "sent" | "failed";

/** Something the person wrote, on the right; while on its way it says so, and a failed one can be sent again. */
export function PersonBubble({
  text,
  createdAt,
  status,
  error,
  onRetry,
}: {
  text: string;
  createdAt?: string;
  status: PersonMessageStatus;
  error?: string;
  onRetry?: () => void;
}) {
  return (
    <div className="flex justify-end">
      <div className="flex max-w-[85%] flex-col items-end sm:max-w-[75%]">
        <div className="rounded-2xl rounded-br-md bg-primary px-4 py-2.5 break-words whitespace-pre-wrap text-primary-foreground [overflow-wrap:anywhere]">
          <span className="sr-only">You: </span>
          {text}
        </div>
        <p className="mt-1 flex min-h-5 items-center gap-1 text-xs text-muted-foreground">
          {status === "stored" && createdAt && <time dateTime={createdAt}>{formatTime(createdAt)}</time>}
          {status === "sending" && (
            <>
              <Loader2Icon className="size-3 animate-spin" aria-hidden="true" /> Sending…
            </>
          )}
          {status === "sent" && "Sent"}
          {status === "failed" && (
            <>
              <span className="text-destructive">Failed{error ? <span className="sr-only">: {error}</span> : null} —</span>
              <Button variant="link" size="sm" className="h-auto p-0 text-xs" onClick={onRetry}>
                Retry
              </Button>
            </>
          )}
        </p>
      </div>
    </div>
  );
}
