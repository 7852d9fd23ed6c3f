import * as React from "react";
import { Accordion, Collapsible } from "radix-ui";
import { ChevronDownIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { shortName, SystemNotice, type AnswerMode } from "@/features/ai";
import { STAGES, type CouncilSession, type StageKey } from "../model/sessions";
import { AnswersStage } from "./AnswersStage";
import { RankingsStage } from "./RankingsStage";
import { SessionStepper } from "./SessionStepper";
import { StageSection } from "./StageSection";
import { SynthesisStage } from "./SynthesisStage";

/**
 * One question's council session: a progress header, then its three stages, each collapsible. A session that
 * is already finished when shown opens on its synthesis; one that is running opens every stage as it starts,
 * unless the person closed it.
 */
export function SessionPanel({
  session,
  open,
  onOpenChange,
  chairId,
  nameOf,
  onAskAgain,
}: {
  session: CouncilSession;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  chairId: string | undefined;
  nameOf: (id: string) => string;
  onAskAgain?: () => void;
}) {
  const [closed, setClosed] = React.useState<StageKey[]>(() => (session.state === "done" ? ["answers", "rankings"] : []));
  const started = STAGES.filter((s) => session.stages[s] !== "waiting");
  const headingId = `session-${session.id}`;
  const mode = sessionMode(session);

  return (
    <Collapsible.Root open={open} onOpenChange={onOpenChange} asChild>
      <section aria-labelledby={headingId} className="rounded-xl border bg-card shadow-xs">
        <div className="space-y-2 p-3 sm:p-4">
          <div className="flex items-center gap-2">
            <h2 id={headingId} className="min-w-0 flex-1 text-sm font-semibold">
              Council session <span className="font-normal text-muted-foreground">· {statusOf(session)}</span>
            </h2>
            <Collapsible.Trigger asChild>
              <Button variant="ghost" size="sm" className="-my-1" aria-label={open ? "Hide this session" : "Show this session"}>
                <span className="hidden sm:inline">{open ? "Hide" : "Show"}</span>
                <ChevronDownIcon className={open ? "rotate-180 transition-transform" : "transition-transform"} aria-hidden="true" />
              </Button>
            </Collapsible.Trigger>
          </div>
          <SessionStepper stages={session.stages} />
        </div>
        {!open && session.synthesis && (
          <p className="line-clamp-2 px-3 pb-3 text-sm text-muted-foreground sm:px-4">{session.synthesis.text}</p>
        )}
        <Collapsible.Content className="overflow-hidden data-[state=closed]:animate-collapsible-up data-[state=open]:animate-collapsible-down">
          <Accordion.Root
            type="multiple"
            className="border-t"
            value={started.filter((s) => !closed.includes(s))}
            onValueChange={(value) => setClosed(STAGES.filter((s) => (started.includes(s) ? !value.includes(s) : closed.includes(s))))}
          >
            <StageSection stage="answers" index={0} status={session.stages.answers} summary={answersSummary(session)}>
              <AnswersStage session={session} chairId={chairId} />
            </StageSection>
            <StageSection stage="rankings" index={1} status={session.stages.rankings} summary={rankingsSummary(session)}>
              <RankingsStage session={session} nameOf={nameOf} />
            </StageSection>
            <StageSection
              stage="synthesis"
              index={2}
              status={session.stages.synthesis}
              summary={session.synthesis ? `by ${shortName(session.synthesis.name)}` : ""}
            >
              <SynthesisStage session={session} chairName={nameOf(chairId ?? "")} mode={mode} />
            </StageSection>
          </Accordion.Root>
          {(session.state === "failed" || session.state === "interrupted") && (
            <div className="border-t p-3 sm:p-4">
              <SystemNotice
                failed
                text={session.failure?.text ?? "The council stopped before it finished. Ask again to retry."}
                onAskAgain={onAskAgain}
              />
            </div>
          )}
        </Collapsible.Content>
      </section>
    </Collapsible.Root>
  );
}

function statusOf(session: CouncilSession): string {
  if (session.state === "done") return "done";
  if (session.state !== "running") return "stopped";
  if (session.stages.synthesis === "running") return "writing the synthesis…";
  if (session.stages.rankings === "running") return "ranking the answers…";
  return "answering…";
}

function answersSummary(session: CouncilSession): string {
  const answered = session.answers.filter((a) => a.status === "answered").length;
  const missing = session.answers.filter((a) => a.status === "missing").length;
  if (session.answers.length === 0) return "";
  return `${answered} of ${session.answers.length} answered${missing ? ` · ${missing} missing` : ""}`;
}

function rankingsSummary(session: CouncilSession): string {
  if (session.stages.rankings === "waiting") return "";
  return `${session.rankings.length} ${session.rankings.length === 1 ? "ranking" : "rankings"}`;
}

/** The session's engine, from its answers: any from a language model makes it "AI model". */
function sessionMode(session: CouncilSession): AnswerMode | undefined {
  const modes = session.answers.map((a) => a.mode);
  return modes.includes("llm") ? "llm" : modes.includes("offline") ? "offline" : undefined;
}
