import { MessageSquareQuoteIcon } from "lucide-react";
import { ErrorState } from "@/components/ErrorState";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatRelative } from "@/lib/time";
import { useReviews } from "../hooks/useReviews";
import { Stars } from "./RatingStars";

/** What mentees wrote after their sessions, newest first; their words are shown as plain text. */
export function ReviewList({ mentorId, kind }: { mentorId: string; kind: string | null | undefined }) {
  const reviews = useReviews(mentorId);
  if (reviews.isPending) {
    return (
      <div className="space-y-3" role="status" aria-busy="true" aria-label="Loading reviews">
        <Skeleton className="h-16 w-full" />
        <Skeleton className="h-16 w-full" />
      </div>
    );
  }
  if (reviews.isError) return <ErrorState error={reviews.error} onRetry={() => void reviews.refetch()} />;
  const list = reviews.data.pages.flat();
  if (list.length === 0) {
    return (
      <div className="flex items-center gap-3 rounded-xl border border-dashed p-5 text-sm text-muted-foreground">
        <MessageSquareQuoteIcon className="size-5 shrink-0" aria-hidden="true" />
        {kind === "HUMAN"
          ? "No reviews yet. Mentees can review a mentor after a completed session."
          : "No reviews yet."}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ul className="divide-y rounded-xl border bg-card">
        {list.map((review) => (
          <li key={review.id} className="space-y-2 p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Stars value={review.rating ?? 0} />
              {review.createdAt && (
                <time dateTime={review.createdAt} className="text-xs text-muted-foreground">
                  {formatRelative(review.createdAt)}
                </time>
              )}
            </div>
            {review.text?.trim() ? (
              <p className="text-sm whitespace-pre-line break-words [overflow-wrap:anywhere]">{review.text}</p>
            ) : (
              <p className="text-sm text-muted-foreground italic">No comment left.</p>
            )}
          </li>
        ))}
      </ul>
      {reviews.hasNextPage && (
        <Button variant="outline" onClick={() => void reviews.fetchNextPage()} disabled={reviews.isFetchingNextPage}>
          {reviews.isFetchingNextPage ? "Loading…" : "Show more reviews"}
        </Button>
      )}
    </div>
  );
}
