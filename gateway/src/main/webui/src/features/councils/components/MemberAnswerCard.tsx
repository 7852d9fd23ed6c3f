import { AlertTriangleIcon, CrownIcon, TrophyIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { ModeBadge, roleOf, shortName, StreamingText, Thinking } from "@/features/ai";
import { cn } from "@/lib/utils";
import type { MemberAnswer } from "../model/sessions";

/** One member's answer in stage 1: thinking, streaming in, answered, or missing (did not answer in time). */
export function MemberAnswerCard({
  answer,
  chair,
  label,
  place,
}: {
  answer: MemberAnswer;
  chair: boolean;
  /** "Response B": how the others saw it when they ranked. */
  label?: string;
  /** Its place in the council's aggregate ranking (1 = best). */
  place?: number;
}) {
  const role = roleOf(answer.name);
  return (
    <article
      className={cn(
        "flex h-full min-w-0 flex-col gap-3 rounded-lg border bg-background p-4",
        answer.status === "missing" && "border-dashed",
      )}
      aria-label={`${shortName(answer.name)}'s answer`}
      aria-busy={answer.status === "thinking" || answer.status === "streaming" || undefined}
    >
      <header className="flex items-start gap-2.5">
        <PersonAvatar name={answer.name} ai className="size-8 shrink-0" />
        <div className="min-w-0 flex-1">
          <h4 className="text-sm font-semibold">{shortName(answer.name)}</h4>
          {role && <p className="truncate text-xs text-muted-foreground">{role}</p>}
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1">
          {chair && (
            <Badge variant="ai">
              <CrownIcon aria-hidden="true" /> Chair
            </Badge>
          )}
          {place === 1 && (
            <Badge variant="success">
              <TrophyIcon aria-hidden="true" /> Ranked first
            </Badge>
          )}
        </div>
      </header>
      <div className="flex-1 text-sm leading-relaxed">
        {answer.status === "thinking" && (
          <div className="space-y-2">
            <Thinking />
            <Skeleton className="h-3 w-full" />
            <Skeleton className="h-3 w-11/12" />
            <Skeleton className="h-3 w-4/5" />
          </div>
        )}
        {(answer.status === "streaming" || answer.status === "answered") && (
          <StreamingText text={answer.text} streaming={answer.status === "streaming"} />
        )}
        {answer.status === "missing" && (
          <p className="flex items-start gap-2 text-muted-foreground">
            <AlertTriangleIcon className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden="true" />
            <span>
              <span className="font-medium text-foreground">Missing.</span> {answer.text || "Did not answer in time."}
            </span>
          </p>
        )}
      </div>
      {(answer.status === "answered" || label || place) && (
        <footer className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          {answer.status === "answered" && <ModeBadge mode={answer.mode} />}
          {label && <span>{label}</span>}
          {place !== undefined && place > 1 && <span>· ranked #{place}</span>}
        </footer>
      )}
      {answer.status === "streaming" && <p className="text-xs text-muted-foreground">Writing…</p>}
    </article>
  );
}
