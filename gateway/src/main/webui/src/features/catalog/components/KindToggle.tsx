import { cn } from "@/lib/utils";
import type { KindFilter } from "../model/directorySearch";

const OPTIONS: { value: KindFilter; label: string }[] = [
  { value: null, label: "All" },
  { value: "AI", label: "AI" },
  { value: "HUMAN", label: "Human" },
];

/** All / AI / Human as a row of toggle buttons (one pressed). */
export function KindToggle({ value, onChange }: { value: KindFilter; onChange: (kind: KindFilter) => void }) {
  return (
    <div role="group" aria-label="Kind of mentor" className="inline-flex h-9 w-full rounded-md border bg-muted p-0.5 sm:w-auto">
      {OPTIONS.map((option) => (
        <button
          key={option.label}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className={cn(
            "flex-1 rounded-[calc(var(--radius)-4px)] px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground sm:flex-none",
            value === option.value && "bg-background text-foreground shadow-sm",
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
