import { BookOpenIcon, SparklesIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { AnswerMode } from "../model/metadata";

/** Where an answer came from: the offline engine (grounded in the mentor's advice cards) or a language model. */
export function ModeBadge({ mode }: { mode: AnswerMode | undefined }) {
  if (mode === "offline") {
    return (
      <Badge variant="secondary" className="whitespace-normal text-left font-normal">
        <BookOpenIcon aria-hidden="true" /> Offline mentor — grounded in advice cards
      </Badge>
    );
  }
  if (mode === "llm") {
    return (
      <Badge variant="ai" className="font-normal">
        <SparklesIcon aria-hidden="true" /> AI model
      </Badge>
    );
  }
  return null;
}
