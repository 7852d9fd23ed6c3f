import * as React from "react";
import { SearchXIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { PageHeader } from "@/components/PageHeader";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/api/problem";
import { cn } from "@/lib/utils";
import { DirectoryFilters } from "../components/DirectoryFilters";
import { MentorGrid, MentorGridSkeleton } from "../components/MentorCard";
import { Pager } from "../components/Pager";
import { TopicChips } from "../components/TopicChips";
import { useDirectorySearch } from "../hooks/useDirectorySearch";
import { useMentorSearch } from "../hooks/useMentorSearch";
import {
  DEFAULT_SEARCH,
  type DirectorySearch,
  hasFilters,
  noMatchTitle,
  pageCount,
  serializeSearch,
  toMentorQuery,
  withChange,
} from "../model/directorySearch";
import { languageName } from "@/lib/languages";
import { plural } from "../model/mentorFormat";
import { commonTopics } from "../model/topics";

/** `/mentors`: search and filter every mentor, AI and human; the search lives in the URL. */
export default function DirectoryPage() {
  const { search, setSearch } = useDirectorySearch();
  const query = React.useMemo(() => toMentorQuery(search), [search]);
  const result = useMentorSearch(query);
  const items = result.data?.items ?? [];
  const total = result.data?.total ?? 0;
  const pages = pageCount(total);

  // a shared link to a page past the end (the catalog shrank) lands on the last page instead
  React.useEffect(() => {
    if (!result.isPlaceholderData && result.data && items.length === 0 && total > 0 && search.page > pages) {
      setSearch({ ...search, page: pages }, { replace: true });
    }
  }, [result.isPlaceholderData, result.data, items.length, total, search, pages, setSearch]);

  const topics = React.useMemo(() => commonTopics(items.map((m) => m.expertise)), [items]);
  const languages = React.useMemo(() => [...new Set(items.flatMap((m) => m.languages ?? []))].sort(), [items]);
  const clear = () => setSearch(DEFAULT_SEARCH);
  const hrefFor = (page: number) => `?${serializeSearch({ ...search, page })}`;

  return (
    <>
      <PageHeader
        title="Find a mentor"
        description="AI mentors answer any time; human mentors meet you in live sessions you book."
      />
      <div className="space-y-6">
        <DirectoryFilters
          search={search}
          onChange={(next: DirectorySearch, options) => setSearch(next, options)}
          languages={languages}
          expertise={topics}
        />
        <TopicChips
          topics={topics}
          selected={search.expertise}
          onSelect={(expertise) => setSearch(withChange(search, { expertise }))}
        />
        {result.isPending ? (
          <MentorGridSkeleton />
        ) : result.isError ? (
          <SearchError error={result.error} onClear={clear} onRetry={() => void result.refetch()} />
        ) : items.length === 0 ? (
          <NoMatches search={search} onClear={clear} />
        ) : (
          <div className="space-y-6">
            <h2 className="text-sm font-normal text-muted-foreground" aria-live="polite">
              {plural(total, "mentor")}
              {pages > 1 && ` · page ${search.page} of ${pages}`}
            </h2>
            <div
              aria-busy={result.isPlaceholderData}
              className={cn("transition-opacity", result.isPlaceholderData && "opacity-60")}
            >
              <MentorGrid mentors={items} />
            </div>
            <Pager page={search.page} pages={pages} hrefFor={hrefFor} />
          </div>
        )}
      </div>
    </>
  );
}

function NoMatches({ search, onClear }: { search: DirectorySearch; onClear: () => void }) {
  return (
    <EmptyState
      icon={<SearchXIcon />}
      title={noMatchTitle(search, languageName)}
      action={
        hasFilters(search) ? (
          <Button variant="outline" onClick={onClear}>
            Clear filters
          </Button>
        ) : undefined
      }
    >
      Try fewer words, another field, or any language.
    </EmptyState>
  );
}

/** The server refused the search itself (a hand-edited link): say so in words and offer a clean start. */
function SearchError({ error, onClear, onRetry }: { error: unknown; onClear: () => void; onRetry: () => void }) {
  if (error instanceof ApiError && error.status === 400) {
    return (
      <Alert variant="warning">
        <SearchXIcon aria-hidden="true" />
        <AlertTitle>That search can't be run</AlertTitle>
        <AlertDescription>
          <p>Some of the filters are not valid. Clear them and start a new search.</p>
          <Button variant="outline" size="sm" className="mt-2" onClick={onClear}>
            Clear filters
          </Button>
        </AlertDescription>
      </Alert>
    );
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}
