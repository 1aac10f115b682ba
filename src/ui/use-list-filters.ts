import { useEffect, useRef, useState } from 'react';
import { oneOf, pageFrom, useUrlState } from './url-state';
import { useDebouncedValue } from './use-debounced-value';

/** How long typing must pause before a search is sent (and written to the URL). */
const SEARCH_DEBOUNCE_MS = 300;

/**
 * A list's search text, status filter and page, kept in the URL (`q`, `status`, `page`) so a reload, Back
 * or a shared link shows the same list. The search box holds what is typed; the URL gets it once typing
 * pauses. Any other parameter a screen keeps goes through `url`.
 */
export function useListFilters<S extends string>(statuses: readonly S[]) {
  const url = useUrlState();
  const status = oneOf(url.get('status'), statuses);
  const page = pageFrom(url.get('page'));
  const searched = url.get('q') ?? '';
  const [search, setSearch] = useState(searched);
  const written = useRef(searched);
  const settled = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const lastSettled = useRef(settled);

  // Typing pauses: the URL follows, replacing its entry (one Back undoes a search, not each key). Only a
  // newly settled text is written, so Back is not overwritten by the text typed before it.
  useEffect(() => {
    if (settled === lastSettled.current) return;
    lastSettled.current = settled;
    if (settled === written.current) return;
    written.current = settled;
    url.set({ q: settled, page: null }, { replace: true });
  }, [settled, url]);

  // Back, Forward or a link changed the search: the box shows it.
  useEffect(() => {
    if (searched === written.current) return;
    written.current = searched;
    setSearch(searched);
  }, [searched]);

  // A new search or filter starts at its first page: the page shown before may not exist in the new list.
  const setStatus = (value: S | null) => url.set({ status: value, page: null });
  const setPage = (value: number) => url.set({ page: value === 1 ? null : value });
  return { search, setSearch, debouncedSearch: searched, status, setStatus, page, setPage, url };
}

export type ListFilterState<S extends string> = ReturnType<typeof useListFilters<S>>;
