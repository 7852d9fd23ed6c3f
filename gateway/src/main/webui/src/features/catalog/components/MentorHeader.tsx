import { PersonAvatar } from "@/components/Initials";
import { Skeleton } from "@/components/ui/skeleton";
import type { Mentor } from "../api/mentors";
import { splitDisplayName } from "../model/mentorFormat";
import { KindBadge } from "./KindBadge";
import { RatingSummary } from "./RatingStars";

/**
 * The top of a mentor's page: who they are, in one glance (the page's only h1; an h2 where the header is shown
 * inside another page, as in a mentor's preview of their own).
 */
export function MentorHeader({ mentor, headingLevel = 1 }: { mentor: Mentor; headingLevel?: 1 | 2 }) {
  const { name, title } = splitDisplayName(mentor.displayName);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <header className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <PersonAvatar name={mentor.displayName ?? name} ai={mentor.kind === "AI"} className="size-16 text-xl sm:size-20 sm:text-2xl" />
      <div className="min-w-0 space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={mentor.kind} />
          <RatingSummary rating={mentor.rating} />
        </div>
        <Heading className="text-2xl font-semibold tracking-tight break-words sm:text-3xl">
          {name}
          {title && <span className="block text-lg font-normal text-muted-foreground sm:text-xl">{title}</span>}
        </Heading>
        {mentor.headline && <p className="text-lg text-pretty">{mentor.headline}</p>}
      </div>
    </header>
  );
}

export function MentorPageSkeleton() {
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]" role="status" aria-busy="true" aria-label="Loading mentor">
      <div className="space-y-6">
        <div className="flex gap-4">
          <Skeleton className="size-20 rounded-full" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-5 w-32" />
            <Skeleton className="h-8 w-64 max-w-full" />
            <Skeleton className="h-5 w-full" />
          </div>
        </div>
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-20 w-full" />
      </div>
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
