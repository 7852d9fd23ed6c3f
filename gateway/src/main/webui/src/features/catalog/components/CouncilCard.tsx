import { Link } from "react-router";
import { UsersRoundIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Skeleton } from "@/components/ui/skeleton";
import type { Council } from "../api/councils";
import { splitDisplayName } from "../model/mentorFormat";

/** A council: its name and purpose, and who sits on it (initials, with the chair named). */
export function CouncilCard({ council }: { council: Council }) {
  const members = council.members ?? [];
  const chair = members.find((m) => m.id === council.chairMentorId);
  const names = members.map((m) => splitDisplayName(m.displayName).name);
  return (
    <article className="group relative flex h-full flex-col gap-3 rounded-xl border bg-card p-5 text-card-foreground shadow-sm transition-[box-shadow,border-color] focus-within:border-ring hover:border-ai/40 hover:shadow-md">
      <div className="flex items-center gap-2 text-ai">
        <UsersRoundIcon className="size-5" aria-hidden="true" />
        <span className="text-xs font-medium tracking-wide uppercase">Council of {members.length}</span>
      </div>
      <h3 className="text-lg leading-tight font-semibold">
        <Link
          to="/councils"
          className="outline-none after:absolute after:inset-0 after:rounded-xl focus-visible:after:ring-[3px] focus-visible:after:ring-ring/50"
        >
          {council.name}
        </Link>
      </h3>
      {council.purpose && <p className="line-clamp-3 text-sm text-muted-foreground">{council.purpose}</p>}
      <div className="mt-auto flex items-center gap-3 pt-1">
        <ul className="flex -space-x-2" aria-label={`Members: ${names.join(", ")}`}>
          {members.map((member) => (
            <li key={member.id} className="rounded-full ring-2 ring-card">
              <PersonAvatar name={member.displayName ?? ""} className="size-8 text-xs" />
            </li>
          ))}
        </ul>
        {chair && (
          <p className="min-w-0 truncate text-xs text-muted-foreground">
            Chaired by {splitDisplayName(chair.displayName).name}
          </p>
        )}
      </div>
    </article>
  );
}

export function CouncilCardSkeleton() {
  return (
    <div className="flex flex-col gap-3 rounded-xl border p-5" aria-hidden="true">
      <Skeleton className="h-3 w-24" />
      <Skeleton className="h-5 w-3/4" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-5/6" />
      <div className="flex -space-x-2 pt-1">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="size-8 rounded-full" />
        ))}
      </div>
    </div>
  );
}
