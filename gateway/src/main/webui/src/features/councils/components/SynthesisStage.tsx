import { CrownIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { ModeBadge, shortName, StreamingText, Thinking, type AnswerMode } from "@/features/ai";
import type { CouncilSession } from "../model/sessions";

/** Stage 3: the chair's synthesis, the council's answer, shown most prominently. */
export function SynthesisStage({
  session,
  chairName,
  mode,
}: {
  session: CouncilSession;
  chairName: string;
  mode: AnswerMode | undefined;
}) {
  const { synthesis } = session;
  if (!synthesis) {
    return session.stages.synthesis === "running" ? (
      <Thinking label={`${shortName(chairName)} is writing the synthesis…`} />
    ) : (
      <p className="text-sm text-muted-foreground">The chair writes it once the rankings are in.</p>
    );
  }
  return (
    <article
      className="rounded-xl border border-ai/30 bg-ai/5 p-4 sm:p-5"
      aria-label={`Synthesis by ${shortName(synthesis.name)}`}
      aria-busy={synthesis.streaming || undefined}
    >
      <header className="mb-3 flex items-center gap-3">
        <PersonAvatar name={synthesis.name} ai className="size-10" />
        <div className="min-w-0">
          <h4 className="font-semibold">The council's answer</h4>
          <p className="flex items-center gap-1 text-sm text-muted-foreground">
            <CrownIcon className="size-3.5 text-ai" aria-hidden="true" /> Synthesis by {shortName(synthesis.name)}, chair
          </p>
        </div>
      </header>
      <StreamingText text={synthesis.text} streaming={synthesis.streaming} className="leading-relaxed" />
      {!synthesis.streaming && (
        <div className="mt-3">
          <ModeBadge mode={synthesis.mode ?? mode} />
        </div>
      )}
    </article>
  );
}
