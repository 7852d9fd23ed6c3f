import { Link } from "react-router";
import { ArrowLeftIcon, UserRoundIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { Mentor } from "@/features/catalog";
import { shortName } from "../model/metadata";

/** Who this conversation is with: the AI mentor's avatar, name and headline, and a way to their page. */
export function MentorHeader({
  mentorId,
  mentor,
  loading,
  fallbackName,
}: {
  mentorId: string | undefined;
  mentor: Mentor | undefined;
  loading: boolean;
  fallbackName: string;
}) {
  const name = mentor?.displayName ?? fallbackName;
  return (
    <header className="flex items-center gap-3 border-b px-3 py-3 sm:px-5">
      <Button asChild variant="ghost" size="icon" className="-ml-1 shrink-0">
        <Link to="/conversations" aria-label="All conversations">
          <ArrowLeftIcon aria-hidden="true" />
        </Link>
      </Button>
      <PersonAvatar name={name} ai className="size-10 shrink-0" />
      <div className="min-w-0 flex-1">
        <div className="flex min-w-0 items-center gap-2">
          <h1 className="truncate text-base font-semibold sm:text-lg">{name}</h1>
          <Badge variant="ai" className="hidden sm:inline-flex">
            AI mentor
          </Badge>
        </div>
        {loading ? (
          <Skeleton className="mt-1 h-4 w-56 max-w-full" />
        ) : (
          mentor?.headline && <p className="truncate text-sm text-muted-foreground">{mentor.headline}</p>
        )}
      </div>
      {mentorId && (
        <Button asChild variant="outline" size="sm" className="shrink-0">
          <Link to={`/mentors/${mentorId}`} aria-label={`${shortName(name)}'s profile`}>
            <UserRoundIcon aria-hidden="true" />
            <span className="hidden sm:inline">Profile</span>
          </Link>
        </Button>
      )}
    </header>
  );
}
