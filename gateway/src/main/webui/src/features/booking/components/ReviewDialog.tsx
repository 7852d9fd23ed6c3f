import * as React from "react";
import { AlertCircleIcon, Loader2Icon, StarIcon } from "lucide-react";
import { toast } from "sonner";
import { FormField } from "@/components/FormField";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/textarea";
import { ApiError, describeError } from "@/lib/api/problem";
import { cn } from "@/lib/utils";
import { useReview } from "../hooks/useReview";

const MAX_TEXT = 2000;
const WORDS = ["", "Poor", "Fair", "Good", "Very good", "Excellent"] as const;

/** Rate a mentor (1–5 stars, optional words) after a completed session; the server's refusal is shown as it says. */
export function ReviewDialog({
  mentorId,
  mentorName,
  when,
  onReviewed,
}: {
  mentorId: string;
  mentorName: string;
  when: string;
  onReviewed: () => void;
}) {
  const [open, setOpen] = React.useState(false);
  const [rating, setRating] = React.useState(0);
  const [text, setText] = React.useState("");
  const review = useReview(mentorId);
  const fieldErrors = review.error instanceof ApiError ? review.error.fieldErrors : {};
  const name = React.useId();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (rating < 1) return;
    review.mutate(
      { rating, text: text.trim() || undefined },
      {
        onSuccess: () => {
          toast.success(`Thanks — your review of ${mentorName} is posted`);
          setOpen(false);
          onReviewed();
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) review.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <StarIcon aria-hidden="true" /> Review
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Review {mentorName}</DialogTitle>
            <DialogDescription>How was your session on {when}?</DialogDescription>
          </DialogHeader>
          <fieldset className="grid gap-1.5">
            <legend className="mb-1.5 text-sm font-medium">Rating</legend>
            <div className="flex gap-1">
              {[1, 2, 3, 4, 5].map((n) => (
                <label
                  key={n}
                  className="relative cursor-pointer rounded-md p-1 has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50"
                >
                  <input
                    type="radio"
                    name={name}
                    value={n}
                    checked={rating === n}
                    onChange={() => setRating(n)}
                    // invisible but covering its star: clicks, keys and screen readers all reach the real radio
                    className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0"
                  />
                  <StarIcon
                    aria-hidden="true"
                    className={cn("size-8", n <= rating ? "fill-warning text-warning" : "text-muted-foreground")}
                  />
                  <span className="sr-only">
                    {n} {n === 1 ? "star" : "stars"}, {WORDS[n]}
                  </span>
                </label>
              ))}
            </div>
            <p className="text-sm text-muted-foreground" aria-live="polite">
              {rating ? `${rating} of 5 — ${WORDS[rating]}` : "Choose from 1 to 5 stars."}
            </p>
            {fieldErrors.rating && <p className="text-sm text-destructive">{fieldErrors.rating}</p>}
          </fieldset>
          <FormField
            label="Your review (optional)"
            hint={`What helped? Others read this on ${mentorName}'s profile. ${text.length}/${MAX_TEXT}`}
            error={fieldErrors.text}
          >
            <Textarea value={text} maxLength={MAX_TEXT} rows={4} onChange={(e) => setText(e.target.value)} />
          </FormField>
          {review.isError && !fieldErrors.rating && !fieldErrors.text && (
            <Alert variant="destructive">
              <AlertCircleIcon aria-hidden="true" />
              <AlertDescription>
                <p>{describeError(review.error).detail}</p>
              </AlertDescription>
            </Alert>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">Not now</Button>
            </DialogClose>
            <Button type="submit" disabled={rating < 1 || review.isPending}>
              {review.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
              Post review
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
