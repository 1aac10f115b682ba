import { useState } from 'react';
import type { EventDetail } from './ticket-type-event';
import { useTicketTypes, type TicketType } from './list-ticket-types';
import { DataTable } from '../../ui/DataTable';
import { formatCount, formatCountOf, formatMoney } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { TicketTypeDialogs, type TicketTypeTask } from './TicketTypeDialogs';

const COLUMNS = ['Ticket type', 'Price', 'Quantity', 'Sold', 'Remaining'];
const COLUMNS_WITH_ACTIONS = [...COLUMNS, <span className="bo-visually-hidden">Actions</span>];

interface RowProps {
  type: TicketType;
  /** A cancelled event's ticket types are kept as they were: nothing can change them. */
  editable: boolean;
  onTask: (task: TicketTypeTask) => void;
}

/** Delete is offered only when it can work: a type with tickets sold says why it stays, beforehand. */
function TypeActions({ type, onTask }: Omit<RowProps, 'editable'>) {
  return (
    <td>
      <div className="bo-row-actions">
        <button type="button" aria-label={`Edit ${type.name}`} onClick={() => onTask({ kind: 'edit', type })}>
          Edit
        </button>
        {type.sold === 0 ? (
          <button
            type="button"
            aria-label={`Delete ${type.name}`}
            onClick={() => onTask({ kind: 'delete', type })}
          >
            Delete
          </button>
        ) : (
          <span className="muted bo-row-note">
            {`Cannot be deleted: ${formatCountOf(type.sold, 'ticket is', 'tickets are')} sold. To stop selling it, ` +
              `set its quantity to ${formatCount(type.sold)}.`}
          </span>
        )}
      </div>
    </td>
  );
}

function TypeRow({ type, editable, onTask }: RowProps) {
  return (
    <tr>
      <th scope="row">{type.name}</th>
      <td data-label="Price" className="bo-num">
        {formatMoney(type.price, type.currency)}
      </td>
      <td data-label="Quantity" className="bo-num">
        {formatCount(type.quantity)}
      </td>
      <td data-label="Sold" className="bo-num">
        {formatCount(type.sold)}
      </td>
      <td data-label="Remaining" className="bo-num">
        {formatCount(type.remaining)}
      </td>
      {editable && <TypeActions type={type} onTask={onTask} />}
    </tr>
  );
}

/** The event's ticket types with price, quantity, sold and remaining; add, edit and delete them. */
export function TicketTypesScreen({
  event,
  tenantCurrency,
}: {
  event: EventDetail;
  /** The organisation's currency (from the tenant, handed in by app/), for the first ticket type. */
  tenantCurrency: string | undefined;
}) {
  const types = useTicketTypes(event.id);
  const [task, setTask] = useState<TicketTypeTask | null>(null);
  const currency = types.data?.[0]?.currency ?? tenantCurrency ?? 'EUR';
  const editable = event.status !== 'Cancelled';
  return (
    <section aria-labelledby="types-title">
      <div className="bo-title-row">
        <h2 id="types-title">Ticket types</h2>
        {editable && (
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
        <DataTable columns={editable ? COLUMNS_WITH_ACTIONS : COLUMNS} className="bo-cards">
          {types.data.map((type) => (
            <TypeRow key={type.id} type={type} editable={editable} onTask={setTask} />
          ))}
        </DataTable>
      )}
      <TicketTypeDialogs eventId={event.id} currency={currency} task={task} onDone={() => setTask(null)} />
    </section>
  );
}
