import * as React from "react";
import { useSearchParams } from "react-router";
import { type DirectorySearch, parseSearch, serializeSearch } from "../model/directorySearch";
import { useDebouncedValue } from "@/hooks/useDebouncedValue";

/** The directory's search, read from and written to the address bar. */
export function useDirectorySearch() {
  const [params, setParams] = useSearchParams();
  const search = React.useMemo(() => parseSearch(params), [params]);
  const setSearch = React.useCallback(
    (next: DirectorySearch, options: { replace?: boolean; keepScroll?: boolean } = {}) => {
      setParams(serializeSearch(next), { replace: options.replace, preventScrollReset: options.keepScroll ?? true });
    },
    [setParams],
  );
  return { search, setSearch };
}

/**
 * A text box that writes to the URL once typing pauses, and follows the URL when it changes by itself (back
 * button, "Clear filters"). What was last written is remembered so the box never overwrites what is being typed.
 */
export function useUrlText(urlValue: string, commit: (text: string) => void, normalize: (text: string) => string, delayMs = 300) {
  const [text, setText] = React.useState(urlValue);
  const synced = React.useRef(urlValue);
  const commitRef = React.useRef(commit);
  React.useEffect(() => {
    commitRef.current = commit;
  });

  React.useEffect(() => {
    if (urlValue !== synced.current) {
      synced.current = urlValue;
      setText(urlValue);
    }
  }, [urlValue]);

  const debounced = useDebouncedValue(text, delayMs);
  React.useEffect(() => {
    const value = normalize(debounced);
    if (value !== synced.current) {
      synced.current = value;
      commitRef.current(value);
    }
  }, [debounced, normalize]);

  return [text, setText] as const;
}
