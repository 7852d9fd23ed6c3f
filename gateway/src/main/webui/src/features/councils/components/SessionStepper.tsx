import { CheckIcon, CircleIcon, Loader2Icon, XIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import { STAGES, type StageKey, type StageStatus } from "../model/sessions";

export const STAGE_TITLES: Record<StageKey, string> = { answers: "Answers", rankings: "Rankings", synthesis: "Synthesis" };
const SAID: Record<StageStatus, string> = { waiting: "not started", running: "in progress", done: "done", failed: "stopped" };

/** Where a council session stands: each stage done, running, waiting or stopped. */
export function SessionStepper({ stages }: { stages: Record<StageKey, StageStatus> }) {
  return (
    <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs sm:text-sm" aria-label="Progress">
      {STAGES.map((stage, i) => {
        const status = stages[stage];
        return (
          <li key={stage} className="flex items-center gap-1.5" aria-current={status === "running" ? "step" : undefined}>
            {i > 0 && <span className={cn("h-px w-3 sm:w-6", status === "waiting" ? "bg-border" : "bg-primary/50")} aria-hidden="true" />}
            <StageIcon status={status} />
            <span className={cn(status === "waiting" ? "text-muted-foreground" : "font-medium", status === "failed" && "text-destructive")}>
              {i + 1}. {STAGE_TITLES[stage]}
            </span>
            <span className="sr-only">({SAID[status]})</span>
          </li>
        );
      })}
    </ol>
  );
}

export function StageIcon({ status, className }: { status: StageStatus; className?: string }) {
  const base = cn("flex size-5 shrink-0 items-center justify-center rounded-full", className);
  if (status === "done") {
    return (
      <span className={cn(base, "bg-primary text-primary-foreground")} aria-hidden="true">
        <CheckIcon className="size-3" />
      </span>
    );
  }
  if (status === "running") {
    return (
      <span className={cn(base, "bg-ai/15 text-ai")} aria-hidden="true">
        <Loader2Icon className="size-3.5 animate-spin" />
      </span>
    );
  }
  if (status === "failed") {
    return (
      <span className={cn(base, "bg-destructive/15 text-destructive")} aria-hidden="true">
        <XIcon className="size-3" />
      </span>
    );
  }
  return (
    <span className={cn(base, "text-muted-foreground")} aria-hidden="true">
      <CircleIcon className="size-3.5" />
    </span>
  );
}
