import { EyeOffIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { shortName, StreamingText, Thinking } from "@/features/ai";
import type { CouncilSession, MemberRanking } from "../model/sessions";

/**
 * Stage 2: the council's aggregate ranking first, then how each member ranked the others' answers. Members saw
 * them as "Response A", "Response B", …; the person sees whose each one was.
 */
export function RankingsStage({ session, nameOf }: { session: CouncilSession; nameOf: (id: string) => string }) {
  const { aggregate, rankings } = session;
  if (!aggregate && rankings.length === 0) {
    return session.stages.rankings === "running" ? (
      <Thinking label="The members are ranking each other's answers…" />
    ) : (
      <p className="text-sm text-muted-foreground">Starts once every member has answered.</p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="flex items-start gap-2 text-sm text-muted-foreground">
        <EyeOffIcon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
        Each member ranked the others' answers without knowing who wrote them. Names are shown here for you.
      </p>
      {aggregate && (
        <section className="rounded-lg border bg-background p-4" aria-labelledby={`aggregate-${session.id}`}>
          <h4 id={`aggregate-${session.id}`} className="mb-3 text-sm font-semibold">
            The council's ranking
          </h4>
          {aggregate.order.length > 0 ? (
            <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {aggregate.order.map((id, i) => (
                <li key={id} className="flex items-center gap-2.5 rounded-md bg-muted/60 px-3 py-2 text-sm">
                  <span className="w-5 text-right font-semibold tabular-nums text-muted-foreground">{i + 1}.</span>
                  <PersonAvatar name={nameOf(id)} className="size-7 text-xs" />
                  <span className="min-w-0 truncate font-medium">{shortName(nameOf(id))}</span>
                </li>
              ))}
            </ol>
          ) : (
            <StreamingText text={aggregate.text} streaming={aggregate.streaming} className="text-sm" />
          )}
        </section>
      )}
      {rankings.length > 0 && (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {rankings.map((ranking) => (
            <MemberRankingCard key={ranking.mentorId} ranking={ranking} labels={session.labels} nameOf={nameOf} />
          ))}
        </div>
      )}
    </div>
  );
}

function MemberRankingCard({
  ranking,
  labels,
  nameOf,
}: {
  ranking: MemberRanking;
  labels: Record<string, string>;
  nameOf: (id: string) => string;
}) {
  return (
    <article className="rounded-lg border bg-background p-4" aria-label={`${shortName(ranking.name)}'s ranking`}>
      <header className="mb-2 flex items-center gap-2">
        <PersonAvatar name={ranking.name} className="size-6 text-[0.65rem]" />
        <h4 className="text-sm font-semibold">{shortName(ranking.name)}'s ranking</h4>
      </header>
      {ranking.order.length > 0 && !ranking.streaming ? (
        <ol className="list-decimal space-y-1 pl-5 text-sm marker:text-muted-foreground">
          {ranking.order.map((label) => {
            const whose = labels[label];
            return (
              <li key={label}>
                {whose ? <span className="font-medium">{shortName(nameOf(whose))}</span> : label}
                {whose && <span className="text-muted-foreground"> · {label}</span>}
              </li>
            );
          })}
        </ol>
      ) : (
        <StreamingText text={ranking.text} streaming={ranking.streaming} className="text-sm" />
      )}
    </article>
  );
}
