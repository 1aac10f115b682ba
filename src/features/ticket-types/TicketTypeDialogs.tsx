import { useCreateTicketType } from './create-ticket-type';
import { useDeleteTicketType } from './delete-ticket-type';
import type { TicketType } from './list-ticket-types';
import { useUpdateTicketType } from './update-ticket-type';
import { useAfterTicketTypeChange } from '../../ui/after-change';
import { describeFailure, statusOf } from '../../ui/api-failure';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { formatCount } from '../../ui/format';
import { EMPTY_TICKET_TYPE, ticketTypeToValues } from './ticket-type-form-values';
import { TicketTypeForm } from './TicketTypeForm';

export type TicketTypeTask =
  { kind: 'add' } | { kind: 'edit'; type: TicketType } | { kind: 'delete'; type: TicketType };

interface Props {
  eventId: string;
  currency: string;
  task: TicketTypeTask | null;
  onDone: () => void;
}

/** Why a delete was refused, in words, with what to do instead. */
export function deleteRefusal(type: TicketType, error: unknown): string {
  if (statusOf(error) !== 409) return describeFailure(error);
  return (
    `“${type.name}” cannot be deleted: ${formatCount(type.sold)} of its tickets are sold, and deleting it ` +
    `would void tickets people have paid for. To stop selling it, edit it and set its quantity to ` +
    `${formatCount(type.sold)} (the number sold). To refund buyers, cancel their orders.`
  );
}

/** The add, edit and delete dialogs; only the one for the current task is open. */
export function TicketTypeDialogs({ eventId, currency, task, onDone }: Props) {
  const onChanged = useAfterTicketTypeChange(eventId);
  const create = useCreateTicketType(eventId, onChanged);
  const update = useUpdateTicketType(eventId, onChanged);
  const remove = useDeleteTicketType(eventId, onChanged);
  const close = () => {
    create.reset();
    update.reset();
    remove.reset();
    onDone();
  };
  return (
    <>
      <Dialog open={task?.kind === 'add'} title="Add ticket type" onClose={close}>
        <TicketTypeForm
          initial={EMPTY_TICKET_TYPE}
          currency={currency}
          submitLabel="Add ticket type"
          pending={create.isPending}
          serverError={create.error}
          onSubmit={(body) => create.mutate(body, { onSuccess: close })}
          onCancel={close}
        />
      </Dialog>
      <Dialog
        open={task?.kind === 'edit'}
        title={`Edit ${task?.kind === 'edit' ? task.type.name : ''}`}
        onClose={close}
      >
        {task?.kind === 'edit' && (
          <TicketTypeForm
            initial={ticketTypeToValues(task.type)}
            currency={currency}
            submitLabel="Save changes"
            pending={update.isPending}
            serverError={update.error}
            onSubmit={(body) => update.mutate({ id: task.type.id, body }, { onSuccess: close })}
            onCancel={close}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={task?.kind === 'delete'}
        title={`Delete ${task?.kind === 'delete' ? task.type.name : ''}?`}
        confirmLabel="Delete ticket type"
        cancelLabel="Keep it"
        danger
        busy={remove.isPending}
        error={task?.kind === 'delete' && remove.isError ? deleteRefusal(task.type, remove.error) : null}
        onConfirm={() => task?.kind === 'delete' && remove.mutate(task.type.id, { onSuccess: close })}
        onClose={close}
      >
        <p>
          It disappears from the event and can no longer be sold. Only types with no tickets sold can be
          deleted.
        </p>
      </ConfirmDialog>
    </>
  );
}
