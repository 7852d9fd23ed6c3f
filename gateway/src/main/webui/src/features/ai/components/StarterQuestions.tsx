import { MessageCircleQuestionIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Button } from "@/components/ui/button";
import type { Mentor } from "@/features/catalog";
import { shortName } from "../model/metadata";
import { starterQuestions } from "../model/starters";

/** A new conversation: what this mentor knows about, and questions to start with that send on a click. */
export function StarterQuestions({
  mentor,
  name,
  onAsk,
}: {
  mentor: Mentor | undefined;
  name: string;
  onAsk: (question: string) => void;
}) {
  const first = shortName(name);
  const topics = (mentor?.expertise ?? []).slice(0, 4);
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-8 text-center">
        <PersonAvatar name={name} ai className="size-14" />
        <div className="space-y-1">
          <h2 className="text-lg font-semibold">Ask {first} anything</h2>
          <p className="text-sm text-muted-foreground">
            {topics.length > 0
              ? `${first} is an AI mentor for ${listOf(topics)}. Start with one of these, or write your own below.`
              : "Start with one of these, or write your own below."}
          </p>
        </div>
        <ul className="grid w-full gap-2" aria-label="Suggested questions">
          {starterQuestions(mentor?.expertise).map((question) => (
            <li key={question}>
              <Button
                variant="outline"
                className="h-auto w-full justify-start py-2.5 text-left whitespace-normal"
                onClick={() => onAsk(question)}
              >
                <MessageCircleQuestionIcon className="text-ai" aria-hidden="true" />
                {question}
              </Button>
            </li>
          ))}
        </ul>
        <p className="text-xs text-muted-foreground">
          AI mentors can be wrong. For health, legal or money decisions, talk to a qualified professional too.
        </p>
      </div>
    </div>
  );
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
