import * as React from "react";
import { useSearchParams } from "react-router";
import { SearchIcon, UsersIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { useDebouncedValue } from "@/hooks/useDebouncedValue";
import { RosterRow } from "../components/RosterRow";
import { useRoster } from "../hooks/useRoster";
import { type RosterFilters, filtersOf, filtersToParams } from "../model/roster";

/** `/admin/mentors`: every mentor, with their Acuity connection; connect a calendar, retire a mentor. */
export default function MentorRosterPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const [text, setText] = React.useState(filters.q);
  const q = useDebouncedValue(text, 250);
  const effective: RosterFilters = { ...filters, q };
  const roster = useRoster(effective);
  const set = (change: Partial<RosterFilters>) => setParams(filtersToParams({ ...filters, q: text, ...change }), { replace: true });

  // the address follows the search once typing pauses (so it can be shared), not at every key
  const writeQuery = React.useEffectEvent((query: string) => {
    if (query !== filters.q) setParams(filtersToParams({ ...filters, q: query }), { replace: true });
  });
  React.useEffect(() => writeQuery(q), [q]);

  const names = React.useMemo(() => new Map((roster.data?.items ?? []).map((m) => [m.id, m.displayName])), [roster.data]);
  const nameOf = React.useCallback((id: string) => names.get(id), [names]);

  return (
    <section aria-labelledby="roster-title" className="space-y-4">
      <h2 id="roster-title" className="text-lg font-semibold">
        Mentors
      </h2>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <div className="grid gap-1.5">
          <Label htmlFor="roster-search">Find a mentor</Label>
          <div className="relative">
            <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden="true" />
            <Input
              id="roster-search"
              type="search"
              className="pl-9"
              placeholder="Name or headline"
              value={text}
              maxLength={200}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="roster-kind">Kind</Label>
          <NativeSelect id="roster-kind" value={filters.kind} onChange={(e) => set({ kind: e.target.value as RosterFilters["kind"] })}>
            <option value="HUMAN">Human mentors</option>
            <option value="AI">AI mentors</option>
            <option value="ALL">All mentors</option>
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="roster-status">Status</Label>
          <NativeSelect id="roster-status" value={filters.status} onChange={(e) => set({ status: e.target.value as RosterFilters["status"] })}>
            <option value="active">Active</option>
            <option value="retired">Retired</option>
            <option value="all">Active and retired</option>
          </NativeSelect>
        </div>
      </div>
      {roster.isPending ? (
        <div className="grid gap-3" role="status" aria-busy="true" aria-label="Loading mentors">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-24 w-full" />
          ))}
        </div>
      ) : roster.isError ? (
        <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />
      ) : roster.data.items.length === 0 ? (
        <EmptyState icon={<UsersIcon />} title="No mentors match">
          Try another name, kind or status.
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-muted-foreground" role="status">
            {roster.data.total === 1 ? "1 mentor" : `${roster.data.total} mentors`}
            {roster.data.total > roster.data.items.length && `, the first ${roster.data.items.length} shown: narrow the search to find others`}
          </p>
          <ul className="grid grid-cols-1 gap-3 [&>li]:min-w-0" aria-label="Mentors">
            {roster.data.items.map((mentor) => (
              <li key={mentor.id}>
                <RosterRow mentor={mentor} nameOf={nameOf} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
