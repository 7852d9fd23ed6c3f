import * as React from "react";
import { Link } from "react-router";
import { AlertCircleIcon, FlaskConicalIcon, Loader2Icon, SendIcon } from "lucide-react";
import { Thinking, ModeBadge, StreamingText } from "@/features/ai";
import { useMentor } from "@/features/catalog";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useCards } from "../hooks/usePersonas";
import type { TryAnswer } from "../model/tryAnswer";

const MAX_QUESTION = 4000;

/**
 * Asks the persona a question through the same engine people meet and streams the answer in, with the advice
 * cards it drew on: an admin sees the effect of a card at once. Nothing is stored.
 */
export function TryPanel({
  personaId,
  name,
  answer,
  onAsk,
}: {
  personaId: string;
  name: string;
  answer: TryAnswer;
  onAsk: (question: string) => void;
}) {
  const [question, setQuestion] = React.useState("");
  const questionId = React.useId();
  const streaming = answer.status === "streaming";
  const ask = (event: React.FormEvent) => {
    event.preventDefault();
    const text = question.trim();
    if (text && !streaming) onAsk(text);
  };

  return (
    <Card aria-labelledby="try-heading" role="region">
      <CardHeader>
        <CardTitle>
          <h2 id="try-heading" className="flex items-center gap-2 text-base">
            <FlaskConicalIcon className="size-4 text-ai" aria-hidden="true" /> Try it
          </h2>
        </CardTitle>
        <CardDescription>Ask {name} as a person would. The answer is not stored.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={ask} className="grid gap-2">
          <Label htmlFor={questionId}>Question</Label>
          <Textarea
            id={questionId}
            value={question}
            maxLength={MAX_QUESTION}
            rows={3}
            placeholder="e.g. How do I negotiate my salary offer?"
            onChange={(e) => setQuestion(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey) ask(e);
            }}
          />
          <Button type="submit" disabled={streaming || !question.trim()} className="justify-self-start">
            {streaming ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : <SendIcon aria-hidden="true" />}
            {streaming ? "Answering…" : "Ask"}
          </Button>
        </form>
        {answer.status !== "idle" && <TryAnswerView personaId={personaId} name={name} answer={answer} />}
      </CardContent>
    </Card>
  );
}

function TryAnswerView({ personaId, name, answer }: { personaId: string; name: string; answer: Exclude<TryAnswer, { status: "idle" }> }) {
  const streaming = answer.status === "streaming";
  return (
    <div className="grid gap-3 border-t pt-4">
      <p className="text-xs font-medium tracking-wide text-muted-foreground uppercase">You asked</p>
      <p className="-mt-2 text-sm break-words">{answer.question}</p>
      <div aria-live="polite" aria-busy={streaming}>
        {/* while streaming, the live region would read every word: the finished answer is read once instead */}
        <div
          className="rounded-2xl rounded-tl-md bg-muted px-4 py-3 text-sm leading-relaxed break-words"
          data-try-answer={streaming ? "streaming" : answer.status}
          aria-hidden={streaming || undefined}
        >
          <span className="sr-only">{name}: </span>
          {answer.text ? <StreamingText text={answer.text} streaming={streaming} /> : streaming ? <Thinking /> : null}
        </div>
      </div>
      {answer.status === "failed" && (
        <Alert variant="destructive">
          <AlertCircleIcon aria-hidden="true" />
          <AlertDescription>{answer.message}</AlertDescription>
        </Alert>
      )}
      {answer.status === "done" && (
        <div className="grid gap-2">
          <ModeBadge mode={answer.metadata.mode} />
          {answer.metadata.outsideField && answer.metadata.suggestedMentorId ? (
            <Referral mentorId={answer.metadata.suggestedMentorId} />
          ) : (
            <Grounding personaId={personaId} cardIds={answer.metadata.cardIds} />
          )}
        </div>
      )}
    </div>
  );
}

/** The cards the answer drew on, best first, by their titles. */
function Grounding({ personaId, cardIds }: { personaId: string; cardIds: string[] }) {
  const cards = useCards(personaId, "", "all");
  if (cardIds.length === 0) return null;
  const byId = new Map((cards.data ?? []).map((c) => [c.id, c]));
  return (
    <div className="text-sm">
      <p className="font-medium">Grounded in</p>
      <ol className="mt-1 grid gap-1" aria-label="Cards the answer used">
        {cardIds.map((id, index) => {
          const card = byId.get(id);
          return (
            <li key={id} className="flex gap-2 text-muted-foreground">
              <span className="font-mono text-xs leading-5">{index + 1}.</span>
              <span className="min-w-0 break-words">{card ? `#${card.position} ${card.title}` : id}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** The question was outside the persona's cards: the engine named a better-suited mentor. */
function Referral({ mentorId }: { mentorId: string }) {
  const mentor = useMentor(mentorId);
  return (
    <p className="text-sm text-muted-foreground">
      Outside this persona's cards: the engine referred the person to{" "}
      <Link to={`/mentors/${mentorId}`} className="font-medium text-primary underline-offset-4 hover:underline">
        {mentor.data?.displayName ?? mentorId}
      </Link>
      . Add a card on this topic to answer it here.
    </p>
  );
}
