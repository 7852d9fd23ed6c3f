import { StarIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import { ratingSummary } from "../model/mentorFormat";

/** Five stars, filled up to `value` (rounded to the nearest half-star for display), read out as "4 out of 5 stars". */
export function Stars({ value, className }: { value: number; className?: string }) {
  const rounded = Math.round(value * 2) / 2;
  const label = `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} out of 5 stars`;
  return (
    <span role="img" aria-label={label} className={cn("inline-flex items-center gap-0.5", className)}>
      {[1, 2, 3, 4, 5].map((star) => {
        const fill = rounded >= star ? "full" : rounded >= star - 0.5 ? "half" : "none";
        return (
          <span key={star} className="relative inline-flex size-4" aria-hidden="true">
            <StarIcon className="absolute inset-0 size-4 text-muted-foreground/40" />
            {fill !== "none" && (
              <span className={cn("absolute inset-0 overflow-hidden", fill === "half" && "w-1/2")}>
                <StarIcon className="size-4 fill-warning text-warning" />
              </span>
            )}
          </span>
        );
      })}
    </span>
  );
}

type Rating = Parameters<typeof ratingSummary>[0];

/** "★ 4.6 (12 reviews)" in one line, or "New" for a mentor nobody has reviewed yet. */
export function RatingSummary({ rating, className }: { rating: Rating; className?: string }) {
  const summary = ratingSummary(rating);
  if (!summary) {
    return (
      <span className={cn("inline-flex items-center gap-1 text-sm text-muted-foreground", className)}>
        <StarIcon className="size-4" aria-hidden="true" />
        New
      </span>
    );
  }
  const reviews = `${summary.count} ${summary.count === 1 ? "review" : "reviews"}`;
  return (
    <span className={cn("inline-flex items-center gap-1 text-sm", className)}>
      <StarIcon className="size-4 fill-warning text-warning" aria-hidden="true" />
      <span className="font-medium">
        <span className="sr-only">Rated </span>
        {summary.average.toFixed(1)}
        <span className="sr-only"> out of 5</span>
      </span>
      <span className="text-muted-foreground">({reviews})</span>
    </span>
  );
}
