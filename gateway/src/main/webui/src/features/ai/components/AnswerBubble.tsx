import { Link } from "react-router";
import { ArrowRightIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { formatTime } from "@/lib/time";
import { useMentor } from "@/features/catalog";
import type { AnswerMode } from "../model/metadata";
import { ModeBadge } from "./ModeBadge";
import { StreamingText } from "./StreamingText";

/**
 * An AI mentor's answer, on the left with their avatar: streaming in (a caret, "Writing…") or stored (where it
 * came from, when). Both take the same room, so an answer settles without moving.
 */
export function AnswerBubble({
  mentorName,
  text,
  streaming,
  mode,
  createdAt,
  suggestedMentorId,
}: {
  mentorName: string;
  text: string;
  streaming: boolean;
  mode?: AnswerMode;
  createdAt?: string;
  suggestedMentorId?: string;
}) {
  return (
    // while streaming, the live region must not read every word: the finished answer is read once instead
    <div className="flex items-start gap-2.5" aria-hidden={streaming || undefined}>
      <PersonAvatar name={mentorName} ai className="mt-0.5 size-8 shrink-0" />
      <div className="flex max-w-[85%] min-w-0 flex-col items-start sm:max-w-[75%]">
        <div
          className="rounded-2xl rounded-tl-md bg-muted px-4 py-3 text-sm leading-relaxed"
          data-answer={streaming ? "streaming" : "stored"}
        >
          <span className="sr-only">{mentorName}: </span>
          {text ? <StreamingText text={text} streaming={streaming} /> : <Thinking />}
        </div>
        <div className="mt-1 flex min-h-6 flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
          {streaming ? (
            <span>Writing…</span>
          ) : (
            <>
              <ModeBadge mode={mode} />
              {createdAt && <time dateTime={createdAt}>{formatTime(createdAt)}</time>}
            </>
          )}
        </div>
        {!streaming && suggestedMentorId && <SuggestedMentor mentorId={suggestedMentorId} />}
      </div>
    </div>
  );
}

/** Three dots while the first words are on their way. */
export function Thinking({ label = "Thinking…" }: { label?: string }) {
  return (
    <span className="inline-flex items-center gap-2 text-muted-foreground">
      <span className="inline-flex gap-1" aria-hidden="true">
        <span className="size-1.5 animate-bounce rounded-full bg-current [animation-delay:-0.3s]" />
        <span className="size-1.5 animate-bounce rounded-full bg-current [animation-delay:-0.15s]" />
        <span className="size-1.5 animate-bounce rounded-full bg-current" />
      </span>
      {label}
    </span>
  );
}

/** The offline engine names a better-suited mentor when a question is outside this one's field. */
function SuggestedMentor({ mentorId }: { mentorId: string }) {
  const mentor = useMentor(mentorId);
  if (!mentor.data?.displayName) return null;
  return (
    <Link
      to={`/mentors/${mentorId}`}
      className="mt-1 inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
    >
      Meet {mentor.data.displayName} <ArrowRightIcon className="size-3.5" aria-hidden="true" />
    </Link>
  );
}
