import { formatCount } from './format';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  previous: { id: 'bo.pager.previous', defaultMessage: 'Previous page' },
  next: { id: 'bo.pager.next', defaultMessage: 'Next page' },
  position: { id: 'bo.pager.position', defaultMessage: 'Page {page} of {pages}' },
});

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
        {t(messages.previous)}
      </button>
      <span>{t(messages.position, { page: formatCount(page), pages: formatCount(pages) })}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t(messages.next)}
      </button>
    </nav>
  );
}
