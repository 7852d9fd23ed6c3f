import { AlertTriangleIcon, CheckIcon, Loader2Icon } from "lucide-react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { shortName, Thinking } from "@/features/ai";
import { cn } from "@/lib/utils";
import { useMediaQuery } from "@/hooks/useMediaQuery";
import type { CouncilSession, MemberAnswer } from "../model/sessions";
import { MemberAnswerCard } from "./MemberAnswerCard";

/**
 * Stage 1: every member's answer, side by side on a wide screen, one tab each on a phone (so several answers
 * streaming at once stay readable).
 */
export function AnswersStage({ session, chairId }: { session: CouncilSession; chairId: string | undefined }) {
  const wide = useMediaQuery("(min-width: 1024px)");
  const labelOf = Object.fromEntries(Object.entries(session.labels).map(([label, id]) => [id, label]));
  const ranked = session.rankings.length > 0 || session.aggregate;
  const placeOf = (id: string) => {
    const index = session.aggregate?.order.indexOf(id) ?? -1;
    return index < 0 ? undefined : index + 1;
  };
  const card = (answer: MemberAnswer) => (
    <MemberAnswerCard
      answer={answer}
      chair={answer.mentorId === chairId}
      label={ranked ? labelOf[answer.mentorId] : undefined}
      place={placeOf(answer.mentorId)}
    />
  );

  if (session.answers.length === 0) {
    return session.stages.answers === "running" ? (
      <Thinking label="The council is thinking…" />
    ) : (
      <p className="text-sm text-muted-foreground">No member answered.</p>
    );
  }
  if (wide) {
    const columns = session.answers.length <= 2 || session.answers.length === 4 ? "grid-cols-2" : "grid-cols-2 xl:grid-cols-3";
    return (
      <div className={cn("grid gap-3", columns)}>
        {session.answers.map((answer) => (
          <div key={answer.mentorId}>{card(answer)}</div>
        ))}
      </div>
    );
  }
  return (
    <Tabs defaultValue={session.answers[0]!.mentorId}>
      <TabsList className="w-full justify-start">
        {session.answers.map((answer) => (
          <TabsTrigger key={answer.mentorId} value={answer.mentorId} className="flex-none">
            <StatusMark status={answer.status} />
            {shortName(answer.name)}
          </TabsTrigger>
        ))}
      </TabsList>
      {session.answers.map((answer) => (
        <TabsContent key={answer.mentorId} value={answer.mentorId}>
          {card(answer)}
        </TabsContent>
      ))}
    </Tabs>
  );
}

function StatusMark({ status }: { status: MemberAnswer["status"] }) {
  const said = { answered: "answered", missing: "missing", streaming: "answering", thinking: "thinking" }[status];
  const Icon = status === "answered" ? CheckIcon : status === "missing" ? AlertTriangleIcon : Loader2Icon;
  return (
    <>
      <Icon
        className={cn("size-3.5", status === "answered" ? "text-success" : status === "missing" ? "text-warning" : "animate-spin text-ai")}
        aria-hidden="true"
      />
      <span className="sr-only">({said})</span>
    </>
  );
}
