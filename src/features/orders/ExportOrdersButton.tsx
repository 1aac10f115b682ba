import { useState } from 'react';
import type { EventDetail } from './order-event';
import { listAllTicketOrders } from './list-ticket-orders';
import type { OrderStatus } from './order-keys';
import { orderCsvRows } from './orders-csv';
import { useApiClient } from '../../lib/api/use-api-client';
import { describeFailure } from '../../ui/api-failure';
import { toCsv } from '../../ui/csv';
import { downloadText, fileSlug } from '../../ui/download';
import { formatOf } from '../../ui/format';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  fetching: { id: 'bo.exportOrders.fetching', defaultMessage: 'Fetching orders…' },
  progress: { id: 'bo.exportOrders.progress', defaultMessage: 'Fetching orders: {progress}' },
  exported: {
    id: 'bo.exportOrders.exported',
    defaultMessage: 'Exported {count, plural, one {# order} other {# orders}}.',
  },
  failed: { id: 'bo.exportOrders.failed', defaultMessage: 'Export failed: {why}' },
  button: { id: 'bo.exportOrders.button', defaultMessage: 'Export orders (CSV)' },
});

interface Props {
  event: EventDetail;
  search: string;
  status: OrderStatus | null;
  ticketTypeId: string | null;
}

/** Exports every order matching the current search and filter, fetching all pages with progress. */
export function ExportOrdersButton({ event, search, status, ticketTypeId }: Props) {
  const client = useApiClient();
  const [progress, setProgress] = useState<string>('');
  const [busy, setBusy] = useState(false);

  async function exportAll() {
    if (!client) return;
    setBusy(true);
    setProgress(t(messages.fetching));
    try {
      const orders = await listAllTicketOrders(
        client,
        event.id,
        { search, status, ticketTypeId },
        (loaded, total) => setProgress(t(messages.progress, { progress: formatOf(loaded, total) })),
      );
      downloadText(`orders-${fileSlug(event.name)}.csv`, toCsv(orderCsvRows(orders)));
      setProgress(t(messages.exported, { count: orders.length }));
    } catch (error) {
      setProgress(t(messages.failed, { why: describeFailure(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bo-export">
      <button type="button" onClick={() => void exportAll()} disabled={busy}>
        {t(messages.button)}
      </button>
      <span role="status" className="muted">
        {progress}
      </span>
    </div>
  );
}
