import * as React from "react";
import { ArchiveIcon, ArchiveRestoreIcon, BookOpenIcon, PencilIcon, PlusIcon, SearchIcon, SparklesIcon } from "lucide-react";
import { toast } from "sonner";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { useDebouncedValue } from "@/hooks/useDebouncedValue";
import { describeError } from "@/lib/api/problem";
import { cn } from "@/lib/utils";
import type { AdviceCard, CardStatus } from "../api/personas";
import { useCardChange, useCards } from "../hooks/usePersonas";
import { CardDialog } from "./CardDialog";

const STATUSES: { value: CardStatus; label: string }[] = [
  { value: "active", label: "In use" },
  { value: "retired", label: "Retired" },
  { value: "all", label: "All" },
];

/**
 * A persona's advice cards: searched by words and by whether they are in use, each editable and retirable (a
 * retired card is kept and can be restored). Cards the last "try it" answer drew on are marked.
 */
export function CardList({ personaId, usedInAnswer }: { personaId: string; usedInAnswer: readonly string[] }) {
  const [search, setSearch] = React.useState("");
  const [status, setStatus] = React.useState<CardStatus>("active");
  const q = useDebouncedValue(search, 250);
  const cards = useCards(personaId, q, status);
  const [editing, setEditing] = React.useState<AdviceCard | "new" | null>(null);
  const searching = q.trim() !== "";

  return (
    <section aria-labelledby="cards-heading" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="cards-heading" className="text-lg font-semibold tracking-tight">
            Advice cards
          </h2>
          <p className="text-sm text-muted-foreground">What the persona knows: each answer is grounded in the closest cards.</p>
        </div>
        <Button onClick={() => setEditing("new")}>
          <PlusIcon aria-hidden="true" /> Add card
        </Button>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <div className="relative flex-1">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden="true" />
          <Input
            type="search"
            aria-label="Search cards"
            placeholder="Search titles, advice and tags"
            value={search}
            maxLength={200}
            onChange={(e) => setSearch(e.target.value)}
            className="pl-8"
          />
        </div>
        <div role="group" aria-label="Which cards" className="inline-flex h-9 rounded-md border bg-muted p-0.5">
          {STATUSES.map((option) => (
            <button
              key={option.value}
              type="button"
              aria-pressed={status === option.value}
              onClick={() => setStatus(option.value)}
              className={cn(
                "flex-1 rounded-[calc(var(--radius)-4px)] px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground sm:flex-none",
                status === option.value && "bg-background text-foreground shadow-sm",
              )}
            >
              {option.label}
            </button>
          ))}
        </div>
      </div>

      {cards.isPending ? (
        <div className="grid gap-3" role="status" aria-busy="true" aria-label="Loading cards">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-28 rounded-xl" />
          ))}
        </div>
      ) : cards.isError ? (
        <ErrorState error={cards.error} onRetry={() => void cards.refetch()} />
      ) : cards.data.length === 0 ? (
        <EmptyState
          icon={<BookOpenIcon />}
          title={searching ? "No card matches" : status === "retired" ? "No retired cards" : "No advice cards yet"}
          action={
            !searching && status !== "retired" ? (
              <Button variant="outline" onClick={() => setEditing("new")}>
                <PlusIcon aria-hidden="true" /> Add the first card
              </Button>
            ) : undefined
          }
        >
          {searching
            ? "Every word is looked for in titles, advice and tags; try fewer words."
            : status === "retired"
              ? "Retired cards are kept here, out of the persona's answers, until restored."
              : "Without cards the persona has nothing to answer from. Add one piece of advice per card."}
        </EmptyState>
      ) : (
        <>
          <p className="sr-only" role="status">
            {cards.data.length} {cards.data.length === 1 ? "card" : "cards"}
          </p>
          <ol className={cn("grid gap-3 transition-opacity", cards.isPlaceholderData && "opacity-60")}>
            {cards.data.map((card) => (
              <li key={card.id}>
                <CardItem personaId={personaId} card={card} rank={usedInAnswer.indexOf(card.id)} onEdit={() => setEditing(card)} />
              </li>
            ))}
          </ol>
        </>
      )}
      <CardDialog
        personaId={personaId}
        card={editing && editing !== "new" ? editing : undefined}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      />
    </section>
  );
}

/** `rank`: where the card stood among those the last answer used (0: the closest), -1 if it was not used. */
function CardItem({ personaId, card, rank, onEdit }: { personaId: string; card: AdviceCard; rank: number; onEdit: () => void }) {
  const change = useCardChange(personaId);
  const used = rank >= 0;
  const toggle = () =>
    change.mutate(card.retired ? { kind: "restore", cardId: card.id } : { kind: "retire", cardId: card.id }, {
      onSuccess: () => toast.success(card.retired ? `“${card.title}” is back in use` : `“${card.title}” is retired`),
      onError: (error) => toast.error(describeError(error).detail),
    });
  return (
    <article
      aria-label={card.title}
      data-card-id={card.id}
      className={cn(
        "grid gap-2 rounded-xl border bg-card p-4 shadow-xs transition-colors",
        used && "border-ai/40 bg-ai/5",
        rank === 0 && "border-ai/60 ring-1 ring-ai/30",
        card.retired && "bg-muted/40",
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className={cn("min-w-0 flex-1 basis-48 font-medium break-words", card.retired && "text-muted-foreground")}>
          <span className="mr-1.5 font-mono text-xs text-muted-foreground">#{card.position}</span>
          {card.title}
        </h3>
        <div className="flex flex-wrap gap-1.5">
          {used && (
            <Badge variant={rank === 0 ? "ai" : "outline"} className={cn(rank > 0 && "border-ai/40 text-ai")}>
              <SparklesIcon aria-hidden="true" /> {rank === 0 ? "Closest match in the last answer" : "Also used in the last answer"}
            </Badge>
          )}
          {card.retired && <Badge variant="outline">Retired</Badge>}
        </div>
      </div>
      <p className={cn("line-clamp-3 text-sm whitespace-pre-line text-muted-foreground")}>{card.body}</p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ul className="flex flex-wrap gap-1" aria-label="Tags">
          {card.tags.map((tag) => (
            <li key={tag}>
              <Badge variant="secondary" className="font-normal">
                {tag}
              </Badge>
            </li>
          ))}
        </ul>
        <div className="flex gap-1">
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${card.title}`}>
            <PencilIcon aria-hidden="true" /> Edit
          </Button>
          <Button variant="ghost" size="sm" onClick={toggle} disabled={change.isPending} aria-label={`${card.retired ? "Restore" : "Retire"} ${card.title}`}>
            {card.retired ? <ArchiveRestoreIcon aria-hidden="true" /> : <ArchiveIcon aria-hidden="true" />}
            {card.retired ? "Restore" : "Retire"}
          </Button>
        </div>
      </div>
    </article>
  );
}
