import { useState, type ReactNode } from 'react';
import type { EventDetail } from './ticket-type-event';
import { useTicketTypes, type TicketType } from './list-ticket-types';
import { DataTable } from '../../ui/DataTable';
import { formatCount, formatMoney } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';
import { TicketTypeDialogs, type TicketTypeTask } from './TicketTypeDialogs';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  type: { id: 'bo.types.type', defaultMessage: 'Ticket type' },
  price: { id: 'bo.types.price', defaultMessage: 'Price' },
  quantity: { id: 'bo.types.quantity', defaultMessage: 'Quantity' },
  sold: { id: 'bo.types.sold', defaultMessage: 'Sold' },
  remaining: { id: 'bo.types.remaining', defaultMessage: 'Remaining' },
  actions: { id: 'bo.types.actions', defaultMessage: 'Actions' },
  editName: { id: 'bo.types.editName', defaultMessage: 'Edit {name}' },
  edit: { id: 'bo.types.edit', defaultMessage: 'Edit' },
  deleteName: { id: 'bo.types.deleteName', defaultMessage: 'Delete {name}' },
  delete: { id: 'bo.types.delete', defaultMessage: 'Delete' },
  cannotDelete: {
    id: 'bo.types.cannotDelete',
    defaultMessage:
      'Cannot be deleted: {sold, plural, one {# ticket is} other {# tickets are}} sold. To stop selling it, set its quantity to {soldNumber}.',
  },
  title: { id: 'bo.types.title', defaultMessage: 'Ticket types' },
  add: { id: 'bo.types.add', defaultMessage: 'Add ticket type' },
  what: { id: 'bo.types.what', defaultMessage: 'ticket types' },
  loading: { id: 'bo.types.loading', defaultMessage: 'Loading ticket types…' },
  none: { id: 'bo.types.none', defaultMessage: 'No ticket types yet. Add one before publishing the event.' },
});

const COLUMNS = [messages.type, messages.price, messages.quantity, messages.sold, messages.remaining];

function columns(withActions: boolean): ReactNode[] {
  const headings: ReactNode[] = COLUMNS.map((column) => t(column));
  if (withActions) headings.push(<span className="bo-visually-hidden">{t(messages.actions)}</span>);
  return headings;
}

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
        <button
          type="button"
          aria-label={t(messages.editName, { name: type.name })}
          onClick={() => onTask({ kind: 'edit', type })}
        >
          {t(messages.edit)}
        </button>
        {type.sold === 0 ? (
          <button
            type="button"
            aria-label={t(messages.deleteName, { name: type.name })}
            onClick={() => onTask({ kind: 'delete', type })}
          >
            {t(messages.delete)}
          </button>
        ) : (
          <span className="muted bo-row-note">
            {t(messages.cannotDelete, { sold: type.sold, soldNumber: formatCount(type.sold) })}
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
      <td data-label={t(messages.price)} className="bo-num">
        {formatMoney(type.price, type.currency)}
      </td>
      <td data-label={t(messages.quantity)} className="bo-num">
        {formatCount(type.quantity)}
      </td>
      <td data-label={t(messages.sold)} className="bo-num">
        {formatCount(type.sold)}
      </td>
      <td data-label={t(messages.remaining)} className="bo-num">
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
        <h2 id="types-title">{t(messages.title)}</h2>
        {editable && (
          <button type="button" className="bo-primary" onClick={() => setTask({ kind: 'add' })}>
            {t(messages.add)}
          </button>
        )}
      </div>
      {types.isError && (
        <QueryError error={types.error} what={t(messages.what)} onRetry={() => void types.refetch()} />
      )}
      {types.isPending && <p className="loading">{t(messages.loading)}</p>}
      {types.data?.length === 0 && <p>{t(messages.none)}</p>}
      {types.data && types.data.length > 0 && (
        <DataTable columns={columns(editable)} className="bo-cards">
          {types.data.map((type) => (
            <TypeRow key={type.id} type={type} editable={editable} onTask={setTask} />
          ))}
        </DataTable>
      )}
      <TicketTypeDialogs eventId={event.id} currency={currency} task={task} onDone={() => setTask(null)} />
    </section>
  );
}
