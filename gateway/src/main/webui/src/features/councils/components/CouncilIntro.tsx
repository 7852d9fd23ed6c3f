import { MessageCircleQuestionIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { starterQuestions } from "@/features/ai";
import type { Council } from "../api/councils";
import { CouncilMembers } from "./CouncilMembers";
import { HowCouncilsWork } from "./HowCouncilsWork";

/** A council not asked anything yet: what it is for, who sits on it, how it answers, questions to start with. */
export function CouncilIntro({ council, onAsk }: { council: Council | undefined; onAsk: (question: string) => void }) {
  const expertise = (council?.members ?? []).flatMap((m) => m.expertise.slice(0, 1));
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto flex max-w-2xl flex-col gap-5 px-4 py-6">
        <div className="space-y-2 text-center">
          <h2 className="text-lg font-semibold">Ask the council a question</h2>
          {council?.purpose && <p className="text-sm text-muted-foreground">{council.purpose}</p>}
        </div>
        {council?.members && (
          <div className="flex justify-center">
            <CouncilMembers members={council.members} chairId={council.chairMentorId} />
          </div>
        )}
        <HowCouncilsWork />
        <ul className="grid gap-2" aria-label="Suggested questions">
          {starterQuestions(expertise, 3).map((question) => (
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
      </div>
    </div>
  );
}
