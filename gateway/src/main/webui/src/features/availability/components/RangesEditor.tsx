import { PlusIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { LIMITS, nextRange, type FormErrors, type Range } from "../model/availabilityForm";

/**
 * A day's opening hours: time ranges, added and removed one by one. `field` is the server's name of the list
 * (`weekly.MONDAY`, `overrides[0].hours`): its errors, and each range's (`field[i].end`), are shown in place.
 */
export function RangesEditor({
  label,
  field,
  ranges,
  errors,
  onChange,
  emptyText = "Closed",
}: {
  /** What the ranges are of, for the controls' names: "Monday", "24 December". */
  label: string;
  field: string;
  ranges: readonly Range[];
  errors: FormErrors;
  onChange: (ranges: Range[]) => void;
  emptyText?: string;
}) {
  const set = (index: number, change: Partial<Range>) =>
    onChange(ranges.map((range, i) => (i === index ? { ...range, ...change } : range)));
  const listError = errors[field];
  const listErrorId = `${field}-error`;
  return (
    <div className="grid gap-2">
      {ranges.length === 0 && <p className="py-1.5 text-sm text-muted-foreground">{emptyText}</p>}
      {ranges.map((range, index) => {
        const startError = errors[`${field}[${index}].start`];
        const endError = errors[`${field}[${index}].end`];
        const rangeErrorId = `${field}-${index}-error`;
        const describedBy = [startError || endError ? rangeErrorId : "", listError ? listErrorId : ""].filter(Boolean).join(" ") || undefined;
        return (
          <div key={index} className="grid gap-1">
            <div className="flex items-center gap-2">
              <Input
                type="time"
                step={300}
                required
                value={range.start}
                aria-label={`${label}: from`}
                aria-invalid={startError || listError ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => set(index, { start: e.target.value })}
                className="w-[7.5rem] tabular-nums"
              />
              <span className="text-muted-foreground" aria-hidden="true">
                –
              </span>
              <Input
                type="time"
                step={300}
                required
                value={range.end}
                aria-label={`${label}: until`}
                aria-invalid={endError || listError ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => set(index, { end: e.target.value })}
                className="w-[7.5rem] tabular-nums"
              />
              <Button
                type="button"
                variant="ghost"
                size="icon"
                aria-label={`Remove ${label} ${range.start}–${range.end}`}
                onClick={() => onChange(ranges.filter((_, i) => i !== index))}
              >
                <XIcon aria-hidden="true" />
              </Button>
            </div>
            {(startError || endError) && (
              <p id={rangeErrorId} className="text-sm text-destructive">
                {startError ?? endError}
              </p>
            )}
          </div>
        );
      })}
      {listError && (
        <p id={listErrorId} className="text-sm text-destructive">
          {listError}
        </p>
      )}
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          className={cn(ranges.length >= LIMITS.rangesPerDay && "hidden")}
          aria-label={`Add hours on ${label}`}
          onClick={() => onChange([...ranges, nextRange(ranges)])}
        >
          <PlusIcon aria-hidden="true" /> Add hours
        </Button>
      </div>
    </div>
  );
}
