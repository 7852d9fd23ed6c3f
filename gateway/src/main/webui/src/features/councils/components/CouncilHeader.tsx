import { Link } from "react-router";
import { ArrowLeftIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { shortName } from "@/features/ai";
import type { Council } from "../api/councils";

/** Which council this is: its name and its members' faces, chair first. */
export function CouncilHeader({ council, loading, fallbackName }: { council: Council | undefined; loading: boolean; fallbackName: string }) {
  const members = [...(council?.members ?? [])].sort(
    (a, b) => Number(b.id === council?.chairMentorId) - Number(a.id === council?.chairMentorId),
  );
  return (
    <header className="flex items-center gap-3 border-b px-3 py-3 sm:px-5">
      <Button asChild variant="ghost" size="icon" className="-ml-1 shrink-0">
        <Link to="/councils" aria-label="All councils">
          <ArrowLeftIcon aria-hidden="true" />
        </Link>
      </Button>
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-base font-semibold sm:text-lg">{council?.name ?? fallbackName}</h1>
        {loading ? (
          <Skeleton className="mt-1 h-4 w-48" />
        ) : (
          members.length > 0 && (
            <p className="truncate text-sm text-muted-foreground">
              {members.map((m) => shortName(m.displayName)).join(", ")}
              {council?.chairMentorId && <> · chaired by {shortName(members[0]?.displayName)}</>}
            </p>
          )
        )}
      </div>
      <div className="hidden shrink-0 -space-x-2 sm:flex" aria-hidden="true">
        {members.map((m) => (
          <PersonAvatar key={m.id} name={m.displayName} className="size-8 ring-2 ring-card" />
        ))}
      </div>
    </header>
  );
}
