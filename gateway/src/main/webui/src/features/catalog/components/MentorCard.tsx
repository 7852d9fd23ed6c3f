import { Link } from "react-router";
import { ClockIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import type { Mentor } from "../api/mentors";
import { formatMinutes, formatPrice, splitDisplayName } from "../model/mentorFormat";
import { ExpertiseChips } from "./ExpertiseChips";
import { KindBadge } from "./KindBadge";
import { RatingSummary } from "./RatingStars";

/** A mentor in a grid: the whole card opens their page (the name is the link, stretched over the card). */
export function MentorCard({ mentor, className }: { mentor: Mentor; className?: string }) {
  const { name, title } = splitDisplayName(mentor.displayName);
  const ai = mentor.kind === "AI";
  const price = ai ? null : formatPrice(mentor.price);
  const length = ai ? null : formatMinutes(mentor.sessionMinutes);
  return (
    <article
      className={cn(
        "group relative flex h-full flex-col gap-3 rounded-xl border bg-card p-5 text-card-foreground shadow-sm transition-[box-shadow,border-color] focus-within:border-ring hover:border-primary/40 hover:shadow-md",
        className,
      )}
    >
      <div className="flex items-start gap-3">
        <PersonAvatar name={mentor.displayName ?? name} ai={ai} className="size-12 text-base" />
        <div className="min-w-0 flex-1">
          <h3 className="leading-tight font-semibold">
            <Link
              to={`/mentors/${encodeURIComponent(mentor.id ?? "")}`}
              className="outline-none after:absolute after:inset-0 after:rounded-xl focus-visible:after:ring-[3px] focus-visible:after:ring-ring/50"
            >
              {name}
            </Link>
          </h3>
          {title && <p className="truncate text-sm text-muted-foreground">{title}</p>}
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <KindBadge kind={mentor.kind} />
            <RatingSummary rating={mentor.rating} />
          </div>
        </div>
      </div>
      {mentor.headline && <p className="line-clamp-2 text-sm">{mentor.headline}</p>}
      <ExpertiseChips expertise={mentor.expertise} limit={3} maxChars={40} className="mt-auto" />
      {(price || length) && (
        <p className="flex items-center gap-3 border-t pt-3 text-sm text-muted-foreground">
          {length && (
            <span className="inline-flex items-center gap-1">
              <ClockIcon className="size-4" aria-hidden="true" /> {length} session
            </span>
          )}
          {price && <span className="font-medium text-foreground">{price}</span>}
        </p>
      )}
    </article>
  );
}

export function MentorCardSkeleton() {
  return (
    <div className="flex h-full flex-col gap-3 rounded-xl border p-5" aria-hidden="true">
      <div className="flex items-start gap-3">
        <Skeleton className="size-12 rounded-full" />
        <div className="flex-1 space-y-2">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-3 w-1/2" />
          <Skeleton className="h-5 w-24" />
        </div>
      </div>
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-4/5" />
      <div className="flex gap-1.5">
        <Skeleton className="h-5 w-16" />
        <Skeleton className="h-5 w-20" />
      </div>
    </div>
  );
}

/** Mentors as a list of cards, one to three columns by width. */
export function MentorGrid({ mentors, className }: { mentors: readonly Mentor[]; className?: string }) {
  return (
    <ul className={cn("grid gap-4 sm:grid-cols-2 lg:grid-cols-3", className)}>
      {mentors.map((mentor) => (
        <li key={mentor.id}>
          <MentorCard mentor={mentor} />
        </li>
      ))}
    </ul>
  );
}

export function MentorGridSkeleton({ count = 6 }: { count?: number }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" role="status" aria-busy="true" aria-label="Loading mentors">
      {Array.from({ length: count }, (_, i) => (
        <MentorCardSkeleton key={i} />
      ))}
    </div>
  );
}
