import { formatCount } from './format';

interface PagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  label: string;
  onPage: (page: number) => void;
}

/** Previous/next paging with "Page 2 of 40"; buttons stay in place so keyboard focus is not lost. */
export function Pager({ page, pageSize, totalCount, label, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <nav className="bo-pager" aria-label={label}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span>
        Page {formatCount(page)} of {formatCount(pages)}
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
}
