import type { ReactNode } from 'react';
import { DataTable } from './DataTable';
import { Pager } from './Pager';

interface PagedTableProps {
  columns: readonly ReactNode[];
  describedBy?: string;
  /** Names the pager for screen readers, such as "Events pages". */
  pagerLabel: string;
  page: number;
  pageSize: number;
  totalCount: number;
  onPage: (page: number) => void;
  children: ReactNode;
}

/** One page of a server-paged list (cards on a phone: cells carry `data-label`), the pager under it. */
export function PagedTable({ columns, describedBy, pagerLabel, children, ...paging }: PagedTableProps) {
  return (
    <>
      <DataTable columns={columns} describedBy={describedBy} className="bo-cards">
        {children}
      </DataTable>
      <Pager label={pagerLabel} {...paging} />
    </>
  );
}
