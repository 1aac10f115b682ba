import type { ReactNode } from 'react';
import type { ListFilterState } from './use-list-filters';
import { statusWords } from './status-words';

interface ListFiltersProps<S extends string> {
  filters: ListFilterState<S>;
  searchLabel: string;
  searchPlaceholder?: string;
  statusLabel: string;
  /** The option that shows every status, such as "All orders". */
  allLabel: string;
  statuses: readonly S[];
  /** More controls of the same list, such as a sort order. */
  children?: ReactNode;
}

/** The search box, status select and any further controls above a server-paged list. */
export function ListFilters<S extends string>(props: ListFiltersProps<S>) {
  const { filters, searchLabel, searchPlaceholder, statusLabel, allLabel, statuses } = props;
  return (
    <div className="bo-filters" role="search">
      <label>
        {searchLabel}
        <input
          type="search"
          value={filters.search}
          placeholder={searchPlaceholder}
          onChange={(e) => filters.setSearch(e.target.value)}
        />
      </label>
      <label>
        {statusLabel}
        <select
          value={filters.status ?? ''}
          onChange={(e) => filters.setStatus(statuses.find((s) => s === e.target.value) ?? null)}
        >
          <option value="">{allLabel}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {statusWords(s)}
            </option>
          ))}
        </select>
      </label>
      {props.children}
    </div>
  );
}
