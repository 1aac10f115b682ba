import type { ReactNode } from 'react';

interface DataTableProps {
  /** Column headings, in order; a heading may be visually hidden text (an actions column). */
  columns: readonly ReactNode[];
  caption?: string;
  describedBy?: string;
  /** `bo-cards` turns rows into cards on narrow screens (cells then need `data-label`). */
  className?: string;
  /** The body rows. */
  children: ReactNode;
}

/** A scrollable table with column headings marked as such, the one shape every back-office list uses. */
export function DataTable({ columns, caption, describedBy, className, children }: DataTableProps) {
  return (
    <div className="bo-table-wrap">
      <table aria-describedby={describedBy} className={className}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, index) => (
              // Headings are fixed per table, so their position is a stable key.
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
