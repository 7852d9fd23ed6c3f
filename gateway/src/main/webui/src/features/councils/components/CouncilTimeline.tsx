import * as React from "react";
import { PersonBubble, SystemNotice } from "@/features/ai";
import type { PendingMessage } from "@/features/chat";
import type { CouncilItem, CouncilSession } from "../model/sessions";
import { SessionPanel } from "./SessionPanel";

/**
 * A council conversation: each question with its session below it. The latest session is open; earlier ones
 * close to their header and synthesis line, and reopen on request.
 */
export function CouncilTimeline({
  items,
  chairId,
  nameOf,
  onRetry,
  onAskAgain,
  onToggle,
}: {
  items: CouncilItem[];
  chairId: string | undefined;
  nameOf: (id: string) => string;
  onRetry: (clientId: string) => void;
  /** Absent when asking again cannot help (the council is gone). */
  onAskAgain?: (text: string) => void;
  /** The person opens or closes something (the scroller then stays where it is). */
  onToggle: () => void;
}) {
  const [chosen, setChosen] = React.useState<Record<string, boolean>>({});
  const latest = items.findLast((i) => i.kind !== "notice" && (i.kind === "session" || i.session))?.key;
  const quiet = !items.some((i) => i.kind === "pending");

  return (
    <div className="space-y-4">
      {items.map((item) => {
        if (item.kind === "notice") {
          return <SystemNotice key={item.key} text={item.message.text} failed={false} />;
        }
        const isLatest = item.key === latest;
        const question = item.kind === "session" ? item.session.question?.text : item.pending.text;
        return (
          <QuestionGroup
            key={item.key}
            session={item.session}
            pending={item.kind === "pending" ? item.pending : undefined}
            open={chosen[item.key] ?? isLatest}
            onOpenChange={(open) => {
              onToggle();
              setChosen((c) => ({ ...c, [item.key]: open }));
            }}
            chairId={chairId}
            nameOf={nameOf}
            onRetry={onRetry}
            onAskAgain={
              onAskAgain && item.kind === "session" && isLatest && quiet && question ? () => onAskAgain(question) : undefined
            }
          />
        );
      })}
    </div>
  );
}

/** A question (stored, or on its way) and its session: one element from sending to the synthesis. */
function QuestionGroup({
  session,
  pending,
  open,
  onOpenChange,
  chairId,
  nameOf,
  onRetry,
  onAskAgain,
}: {
  session: CouncilSession | undefined;
  pending: PendingMessage | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  chairId: string | undefined;
  nameOf: (id: string) => string;
  onRetry: (clientId: string) => void;
  onAskAgain?: () => void;
}) {
  return (
    <div className="space-y-3">
      {pending ? (
        <PersonBubble
          text={pending.text}
          status={pending.state}
          error={pending.error}
          onRetry={() => onRetry(pending.clientId)}
        />
      ) : session?.question ? (
        <PersonBubble text={session.question.text} createdAt={session.question.createdAt} status="stored" />
      ) : (
        <p className="text-center text-xs text-muted-foreground">An earlier question</p>
      )}
      {session && (
        <SessionPanel
          session={session}
          open={open}
          onOpenChange={onOpenChange}
          chairId={chairId}
          nameOf={nameOf}
          onAskAgain={onAskAgain}
        />
      )}
    </div>
  );
}
