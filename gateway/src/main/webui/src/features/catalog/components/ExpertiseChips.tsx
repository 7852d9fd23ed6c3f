import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

/** A mentor's fields, the first `limit` of them and "+N" for the rest. */
export function ExpertiseChips({
  expertise,
  limit,
  maxChars,
  className,
}: {
  expertise: readonly string[] | null | undefined;
  limit?: number;
  /** Stop before the chips' text passes this length (so a card's chips stay on about one line). */
  maxChars?: number;
  className?: string;
}) {
  const all = expertise ?? [];
  if (all.length === 0) return null;
  const shown = fitting(limit ? all.slice(0, limit) : all, maxChars);
  const more = all.length - shown.length;
  return (
    <ul className={cn("flex flex-wrap gap-1.5", className)} aria-label="Expertise">
      {shown.map((field) => (
        <li key={field}>
          <Badge variant="outline" className="max-w-48 truncate font-normal">
            {field}
          </Badge>
        </li>
      ))}
      {more > 0 && (
        <li>
          <Badge variant="outline" className="font-normal text-muted-foreground">
            +{more}
            <span className="sr-only"> more</span>
          </Badge>
        </li>
      )}
    </ul>
  );
}

function fitting(items: readonly string[], maxChars: number | undefined): readonly string[] {
  if (!maxChars) return items;
  let used = 0;
  const kept: string[] = [];
  for (const item of items) {
    used += item.length + 4;
    if (kept.length > 0 && used > maxChars) break;
    kept.push(item);
  }
  return kept;
}
