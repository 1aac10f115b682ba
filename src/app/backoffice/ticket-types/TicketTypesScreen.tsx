import { useState } from 'react';
import type { EventDetail } from '../../../features/events/get-event';
import { useTicketTypes, type TicketType } from '../../../features/ticket-types/list-ticket-types';
import { DataTable } from '../ui/DataTable';
import { formatCount, formatMoney } from '../ui/format';
import { QueryError } from '../ui/QueryError';
import { useTenant } from '../../../features/connection/get-tenant';
import { TicketTypeDialogs, type TicketTypeTask } from './TicketTypeDialogs';

const COLUMNS = [
  'Ticket type',
  'Price',
  'Quantity',
  'Sold',
  'Remaining',
  <span className="bo-visually-hidden">Actions</span>,
];

function TypeRow({ type, onTask }: { type: TicketType; onTask: (task: TicketTypeTask) => void }) {
  return (
    <tr>
      <th scope="row">{type.name}</th>
      <td className="bo-num">{formatMoney(type.price, type.currency)}</td>
      <td className="bo-num">{formatCount(type.quantity)}</td>
      <td className="bo-num">{formatCount(type.sold)}</td>
      <td className="bo-num">{formatCount(type.remaining)}</td>
      <td className="bo-row-actions">
        <button type="button" aria-label={`Edit ${type.name}`} onClick={() => onTask({ kind: 'edit', type })}>
          Edit
        </button>
        <button
          type="button"
          aria-label={`Delete ${type.name}`}
          onClick={() => onTask({ kind: 'delete', type })}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}

/** The event's ticket types with price, quantity, sold and remaining; add, edit and delete them. */
export function TicketTypesScreen({ event }: { event: EventDetail }) {
  const types = useTicketTypes(event.id);
  const tenant = useTenant();
  const [task, setTask] = useState<TicketTypeTask | null>(null);
  const currency = types.data?.[0]?.currency ?? tenant.data?.currency ?? 'EUR';
  return (
    <section aria-labelledby="types-title">
      <div className="bo-title-row">
        <h2 id="types-title">Ticket types</h2>
        {event.status !== 'Cancelled' && (
          <button type="button" className="bo-primary" onClick={() => setTask({ kind: 'add' })}>
            Add ticket type
          </button>
        )}
      </div>
      {types.isError && (
        <QueryError error={types.error} what="ticket types" onRetry={() => void types.refetch()} />
      )}
      {types.isPending && <p className="loading">Loading ticket types…</p>}
      {types.data?.length === 0 && <p>No ticket types yet. Add one before publishing the event.</p>}
      {types.data && types.data.length > 0 && (
        <DataTable columns={COLUMNS}>
          {types.data.map((type) => (
            <TypeRow key={type.id} type={type} onTask={setTask} />
          ))}
        </DataTable>
      )}
      <TicketTypeDialogs eventId={event.id} currency={currency} task={task} onDone={() => setTask(null)} />
    </section>
  );
}
