import * as React from "react";
import { SearchIcon, XIcon } from "lucide-react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import { useUrlText } from "../hooks/useDirectorySearch";
import {
  cleanText,
  type DirectorySearch,
  MAX_EXPERTISE_LENGTH,
  MAX_QUERY_LENGTH,
  type Sort,
  parseSort,
  withChange,
} from "../model/directorySearch";
import { languageName } from "@/lib/languages";
import { KindToggle } from "./KindToggle";

const SORT_LABELS: Record<Sort, string> = {
  relevance: "Best match",
  name: "Name",
  rating: "Rating",
  newest: "Newest",
};

const COMMON_LANGUAGES = ["en", "pt", "es", "fr", "de", "it", "nl"];

const normalizeQuery = (text: string) => cleanText(text, MAX_QUERY_LENGTH);
const normalizeExpertise = (text: string) => cleanText(text, MAX_EXPERTISE_LENGTH);

type Props = {
  search: DirectorySearch;
  onChange: (next: DirectorySearch, options?: { replace?: boolean }) => void;
  /** Languages seen in the results, offered besides the common ones. */
  languages: readonly string[];
  /** Fields seen in the results, suggested while typing. */
  expertise: readonly string[];
};

/** The search box and the filters; text is written to the URL as typing pauses, choices at once. */
export function DirectoryFilters({ search, onChange, languages, expertise }: Props) {
  const latest = React.useRef(search);
  React.useEffect(() => {
    latest.current = search;
  });
  const [query, setQuery] = useUrlText(
    search.q,
    (q) => onChange(withChange(latest.current, { q }), { replace: true }),
    normalizeQuery,
  );
  const [field, setField] = useUrlText(
    search.expertise,
    (value) => onChange(withChange(latest.current, { expertise: value }), { replace: true }),
    normalizeExpertise,
  );
  const languageOptions = React.useMemo(
    () => [...new Set([...COMMON_LANGUAGES, ...languages, ...(search.language ? [search.language] : [])])],
    [languages, search.language],
  );

  return (
    <div className="space-y-3" role="search">
      <div className="relative">
        <Label htmlFor="mentor-search" className="sr-only">
          Search mentors
        </Label>
        <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden="true" />
        <Input
          id="mentor-search"
          type="search"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Search mentors — e.g. promotion, fundraising, burnout"
          className="h-11 pr-10 pl-9 text-base md:text-base [&::-webkit-search-cancel-button]:appearance-none"
          autoComplete="off"
          enterKeyHint="search"
        />
        {query && (
          <button
            type="button"
            onClick={() => setQuery("")}
            aria-label="Clear search"
            className="absolute top-1/2 right-2 grid size-7 -translate-y-1/2 place-items-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground"
          >
            <XIcon className="size-4" aria-hidden="true" />
          </button>
        )}
      </div>
      <div className="grid grid-cols-2 gap-3 lg:flex lg:flex-wrap lg:items-end">
        <div className="col-span-2 grid gap-1.5 lg:col-span-1">
          <span className="text-sm leading-none font-medium" aria-hidden="true">
            Kind
          </span>
          <KindToggle value={search.kind} onChange={(kind) => onChange(withChange(search, { kind }))} />
        </div>
        <div className="col-span-2 grid gap-1.5 lg:w-52">
          <Label htmlFor="expertise-filter">Expertise</Label>
          <Input
            id="expertise-filter"
            value={field}
            maxLength={MAX_EXPERTISE_LENGTH}
            list="expertise-suggestions"
            onChange={(event) => setField(event.target.value)}
            placeholder="Any field"
            autoComplete="off"
          />
          <datalist id="expertise-suggestions">
            {expertise.map((value) => (
              <option key={value} value={value} />
            ))}
          </datalist>
        </div>
        <div className="grid gap-1.5 lg:w-44">
          <Label htmlFor="language-filter">Language</Label>
          <NativeSelect
            id="language-filter"
            value={search.language}
            onChange={(event) => onChange(withChange(search, { language: event.target.value }))}
          >
            <option value="">Any language</option>
            {languageOptions.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5 lg:w-40">
          <Label htmlFor="sort-order">Sort by</Label>
          <NativeSelect
            id="sort-order"
            value={search.sort}
            onChange={(event) => onChange(withChange(search, { sort: parseSort(event.target.value) }))}
          >
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
    </div>
  );
}
