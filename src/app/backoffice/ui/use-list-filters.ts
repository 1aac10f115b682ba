import { useState } from 'react';
import { useDebouncedValue } from './use-debounced-value';

/** How long typing must pause before a search is sent. */
const SEARCH_DEBOUNCE_MS = 300;

/** A list's search text, status filter and page, as a server-paged list screen keeps them. */
export function useListFilters<S extends string>(initialStatus: S | null = null) {
  const [search, setSearchText] = useState('');
  const [status, setStatusValue] = useState<S | null>(initialStatus);
  const [page, setPage] = useState(1);
  // A new search or filter starts at its first page: the page shown before may not exist in the new list.
  const setSearch = (text: string) => {
    setSearchText(text);
    setPage(1);
  };
  const setStatus = (value: S | null) => {
    setStatusValue(value);
    setPage(1);
  };
  const debouncedSearch = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  return { search, setSearch, debouncedSearch, status, setStatus, page, setPage };
}

export type ListFilterState<S extends string> = ReturnType<typeof useListFilters<S>>;
