import * as React from "react";
import { AlertCircleIcon, CheckCheckIcon, CheckIcon, ClockIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { RichText } from "@/components/RichText";
import { cn } from "@/lib/utils";
import { formatDay, formatTime } from "@/lib/time";
import type { ChatMessage } from "@/lib/live/frames";
import type { PendingMessage } from "../model/thread";

type Row =
  | { kind: "day"; key: string; label: string }
  | { kind: "message"; key: string; message: ChatMessage; mine: boolean }
  | { kind: "pending"; key: string; pending: PendingMessage };

/**
 * A conversation with a person: messages by day, mine on the right; under my newest stored message whether the
 * other side has seen it; my messages still on their way at the end, each with its state and a retry.
 */
export function MessageList({
  messages,
  pending,
  me,
  seenUpTo,
  timeZone,
  onRetry,
}: {
  messages: ChatMessage[];
  pending: PendingMessage[];
  me: string | undefined;
  /** The highest seq the other participants have read. */
  seenUpTo: number;
  timeZone: string;
  onRetry: (clientId: string) => void;
}) {
  const rows = React.useMemo(() => toRows(messages, pending, me, timeZone), [messages, pending, me, timeZone]);
  const lastMine = [...messages].reverse().find((m) => isMine(m, me))?.seq;
  return (
    <ol className="flex flex-col gap-1.5" aria-label="Messages">
      {rows.map((row) => {
        if (row.kind === "day") {
          return (
            <li key={row.key} className="my-3 text-center text-xs font-medium text-muted-foreground" aria-hidden="true">
              {row.label}
            </li>
          );
        }
        if (row.kind === "pending") {
          return <PendingBubble key={row.key} pending={row.pending} onRetry={onRetry} />;
        }
        const { message, mine } = row;
        if (message.author.kind === "SYSTEM") {
          return (
            <li key={row.key} className="mx-auto my-2 max-w-md rounded-md bg-muted px-3 py-1.5 text-center text-xs text-muted-foreground">
              <span className="whitespace-pre-line">{message.text}</span>
            </li>
          );
        }
        return (
          <li key={row.key} className={cn("flex flex-col", mine ? "items-end" : "items-start")} data-seq={message.seq}>
            <div
              className={cn(
                "max-w-[85%] rounded-2xl px-3.5 py-2 text-sm shadow-xs sm:max-w-[70%]",
                mine ? "rounded-br-sm bg-primary text-primary-foreground" : "rounded-bl-sm bg-card text-card-foreground ring-1 ring-border",
              )}
            >
              {!mine && <p className="mb-0.5 text-xs font-medium text-muted-foreground">{message.author.name}</p>}
              <RichText text={message.text} />
            </div>
            <p className="mt-0.5 flex items-center gap-1 px-1 text-[0.7rem] text-muted-foreground">
              <time dateTime={message.createdAt}>{formatTime(message.createdAt, timeZone)}</time>
              {mine && message.seq === lastMine && (
                seenUpTo >= message.seq ? (
                  <span className="inline-flex items-center gap-0.5 text-primary" data-testid="read-receipt">
                    <CheckCheckIcon className="size-3.5" aria-hidden="true" /> Seen
                  </span>
                ) : (
                  <span className="inline-flex items-center gap-0.5">
                    <CheckIcon className="size-3.5" aria-hidden="true" /> Delivered
                  </span>
                )
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

function PendingBubble({ pending, onRetry }: { pending: PendingMessage; onRetry: (clientId: string) => void }) {
  return (
    <li className="flex flex-col items-end" data-pending={pending.state}>
      <div
        className={cn(
          "max-w-[85%] rounded-2xl rounded-br-sm bg-primary px-3.5 py-2 text-sm text-primary-foreground sm:max-w-[70%]",
          // full colour (faded text would fail contrast); the line below says it is on its way
          pending.state === "failed" && "ring-2 ring-destructive ring-offset-1 ring-offset-background",
        )}
      >
        <RichText text={pending.text} />
      </div>
      <p className="mt-0.5 flex items-center gap-1 px-1 text-[0.7rem] text-muted-foreground" aria-live="polite">
        {pending.state === "failed" ? (
          <>
            <AlertCircleIcon className="size-3.5 text-destructive" aria-hidden="true" />
            <span className="text-destructive">{pending.error ?? "Not sent"}</span>
            <Button variant="link" size="sm" className="h-auto p-0 text-[0.7rem]" onClick={() => onRetry(pending.clientId)}>
              Retry
            </Button>
          </>
        ) : pending.state === "sent" ? (
          <>
            <CheckIcon className="size-3.5" aria-hidden="true" /> Sent
          </>
        ) : (
          <>
            <ClockIcon className="size-3.5" aria-hidden="true" /> Sending…
          </>
        )}
      </p>
    </li>
  );
}

function isMine(message: ChatMessage, me: string | undefined) {
  return message.author.kind === "USER" && message.author.id === me;
}

function toRows(messages: ChatMessage[], pending: PendingMessage[], me: string | undefined, zone: string): Row[] {
  const rows: Row[] = [];
  let day = "";
  const dayOf = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date(iso));
  for (const message of messages) {
    const d = dayOf(message.createdAt);
    if (d !== day) {
      day = d;
      rows.push({ kind: "day", key: `day-${d}`, label: formatDay(d) });
    }
    rows.push({ kind: "message", key: message.id, message, mine: isMine(message, me) });
  }
  for (const p of pending) rows.push({ kind: "pending", key: `pending-${p.clientId}`, pending: p });
  return rows;
}
