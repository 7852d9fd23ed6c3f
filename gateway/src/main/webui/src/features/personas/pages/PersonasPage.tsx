import { Link } from "react-router";
import { BotIcon, PlusIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { PersonAvatar } from "@/components/Initials";
import { PageHeader } from "@/components/PageHeader";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import type { Persona } from "../api/personas";
import { usePersonas } from "../hooks/usePersonas";

/** Admins: every AI persona, retired ones too, and a way to add one. */
export default function PersonasPage() {
  const personas = usePersonas();
  return (
    <div>
      <PageHeader
        title="AI mentors"
        description="The personas people ask: their profile, instructions and the advice cards they answer from."
        actions={
          <Button asChild>
            <Link to="/admin/personas/new">
              <PlusIcon aria-hidden="true" /> New persona
            </Link>
          </Button>
        }
      />
      {personas.isPending ? (
        <div className="grid gap-3 md:grid-cols-2" role="status" aria-busy="true" aria-label="Loading personas">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-28 rounded-xl" />
          ))}
        </div>
      ) : personas.isError ? (
        <ErrorState error={personas.error} onRetry={() => void personas.refetch()} />
      ) : personas.data.length === 0 ? (
        <EmptyState icon={<BotIcon />} title="No AI mentors yet">
          Create the first persona, then give it advice cards to answer from.
        </EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {personas.data.map((persona) => (
            <li key={persona.id}>
              <PersonaRow persona={persona} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PersonaRow({ persona }: { persona: Persona }) {
  return (
    <div
      className={cn(
        "relative flex h-full items-start gap-3 rounded-xl border bg-card p-4 shadow-xs transition-colors focus-within:ring-[3px] focus-within:ring-ring/50 hover:bg-accent/40",
        !persona.active && "bg-muted/40",
      )}
    >
      <PersonAvatar name={persona.displayName} ai className="size-10 shrink-0" />
      <div className="grid min-w-0 flex-1 gap-1">
        {/* the link's ::after covers the row, so the whole row opens the editor */}
        <Link to={`/admin/personas/${persona.id}`} className="font-medium outline-none after:absolute after:inset-0">
          {persona.displayName}
        </Link>
        <p className="line-clamp-2 text-sm text-muted-foreground">{persona.headline}</p>
        <div className="flex flex-wrap gap-1.5 pt-1">
          <Badge variant="secondary" className="font-normal">
            {persona.cards} {persona.cards === 1 ? "card" : "cards"}
          </Badge>
          {persona.retiredCards > 0 && (
            <Badge variant="outline" className="font-normal">
              {persona.retiredCards} retired
            </Badge>
          )}
          {!persona.active && <Badge variant="outline">Retired persona</Badge>}
        </div>
      </div>
    </div>
  );
}
