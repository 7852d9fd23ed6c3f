import * as React from "react";
import { PersonAvatar } from "@/components/Initials";
import { Skeleton } from "@/components/ui/skeleton";
import { ErrorState } from "@/components/ErrorState";
import { cn } from "@/lib/utils";
import { MAX_MEMBERS, MIN_MEMBERS } from "../api/councils";
import { useAiMentors } from "../hooks/useCouncils";

/**
 * Picks a council's members from the AI mentors: one checkbox each, labelled by the mentor's name and described
 * by their headline; once five are picked the rest wait until one is unpicked.
 */
export function MemberPicker({
  value,
  onToggle,
  error,
  firstRef,
}: {
  value: string[];
  onToggle: (id: string) => void;
  error?: string;
  firstRef?: React.Ref<HTMLInputElement>;
}) {
  const mentors = useAiMentors();
  const id = React.useId();
  const full = value.length >= MAX_MEMBERS;
  return (
    <fieldset className="grid gap-2" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">Members</legend>
      <p id={`${id}-hint`} className="-mt-1 text-xs text-muted-foreground">
        Pick {MIN_MEMBERS} to {MAX_MEMBERS} AI mentors · {value.length} picked
      </p>
      {mentors.isPending ? (
        <div className="grid gap-2 sm:grid-cols-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-20" />
          ))}
        </div>
      ) : mentors.isError ? (
        <ErrorState error={mentors.error} onRetry={() => void mentors.refetch()} />
      ) : (
        <div className="grid gap-2 sm:grid-cols-2">
          {mentors.data.map((mentor, index) => {
            const mentorId = mentor.id;
            const checked = value.includes(mentorId);
            const inputId = `${id}-${mentorId}`;
            return (
              <div
                key={mentorId}
                className={cn(
                  "relative flex items-start gap-3 rounded-lg border p-3 transition-colors focus-within:ring-[3px] focus-within:ring-ring/50 hover:bg-accent/50",
                  checked && "border-primary bg-primary/5",
                  !checked && full && "opacity-60",
                )}
              >
                <input
                  ref={index === 0 ? firstRef : undefined}
                  id={inputId}
                  type="checkbox"
                  className="relative z-10 mt-2 size-4 shrink-0 accent-primary"
                  checked={checked}
                  disabled={!checked && full}
                  aria-describedby={`${inputId}-headline`}
                  onChange={() => onToggle(mentorId)}
                />
                <PersonAvatar name={mentor.displayName} ai className="size-9 shrink-0" />
                <div className="min-w-0">
                  {/* the label's ::after covers the card, so a click anywhere on it toggles the box */}
                  <label htmlFor={inputId} className="cursor-pointer text-sm font-medium after:absolute after:inset-0">
                    {mentor.displayName}
                  </label>
                  <p id={`${inputId}-headline`} className="line-clamp-2 text-xs text-muted-foreground">
                    {mentor.headline}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
