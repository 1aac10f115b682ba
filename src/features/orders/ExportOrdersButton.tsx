import { useState } from 'react';
import type { EventDetail } from './order-event';
import { listAllTicketOrders } from './list-ticket-orders';
import type { OrderStatus } from './order-keys';
import { orderCsvRows } from './orders-csv';
import { useApiClient } from '../../lib/api/use-api-client';
import { describeFailure } from '../../ui/api-failure';
import { toCsv } from '../../ui/csv';
import { downloadText, fileSlug } from '../../ui/download';
import { formatCountOf, formatOf } from '../../ui/format';

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
    setProgress('Fetching orders…');
    try {
      const orders = await listAllTicketOrders(
        client,
        event.id,
        { search, status, ticketTypeId },
        (loaded, total) => setProgress(`Fetching orders: ${formatOf(loaded, total)}`),
      );
      downloadText(`orders-${fileSlug(event.name)}.csv`, toCsv(orderCsvRows(orders)));
      setProgress(`Exported ${formatCountOf(orders.length, 'order', 'orders')}.`);
    } catch (error) {
      setProgress(`Export failed: ${describeFailure(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bo-export">
      <button type="button" onClick={() => void exportAll()} disabled={busy}>
        Export orders (CSV)
      </button>
      <span role="status" className="muted">
        {progress}
      </span>
    </div>
  );
}
