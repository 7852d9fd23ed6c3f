import { XIcon } from "lucide-react";
import { cn } from "@/lib/utils";

/** The fields most common in the results, as one-click expertise filters (the chosen one is pressed). */
export function TopicChips({
  topics,
  selected,
  onSelect,
}: {
  topics: readonly string[];
  selected: string;
  onSelect: (topic: string) => void;
}) {
  const shown = selected && !topics.some((t) => t.toLowerCase() === selected.toLowerCase()) ? [selected, ...topics] : topics;
  if (shown.length === 0) return null;
  return (
    <div
      role="group"
      aria-label="Popular fields"
      className="-mx-4 flex items-center gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0"
    >
      <span className="shrink-0 text-sm text-muted-foreground" aria-hidden="true">
        Popular:
      </span>
      {shown.map((topic) => {
        const pressed = topic.toLowerCase() === selected.toLowerCase();
        return (
          <button
            key={topic}
            type="button"
            aria-pressed={pressed}
            onClick={() => onSelect(pressed ? "" : topic)}
            className={cn(
              "inline-flex shrink-0 items-center gap-1 rounded-full border px-3 py-1 text-xs font-medium transition-colors hover:bg-accent",
              pressed && "border-primary bg-primary text-primary-foreground hover:bg-primary/90",
            )}
          >
            {topic}
            {pressed && <XIcon className="size-3" aria-hidden="true" />}
          </button>
        );
      })}
    </div>
  );
}
