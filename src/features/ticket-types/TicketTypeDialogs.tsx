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
import { defineMessages, t } from '../../lib/i18n';
import { vCreateTicketTypeBody, vUpdateTicketTypeBody } from '../../lib/api/caldasa.schemas.gen';

const messages = defineMessages({
  refusal: {
    id: 'bo.typeDialogs.refusal',
    defaultMessage:
      '“{name}” cannot be deleted: {sold} of its tickets are sold, and deleting it would void tickets people have paid for. To stop selling it, edit it and set its quantity to {sold} (the number sold). To refund buyers, cancel their orders.',
  },
  addTitle: { id: 'bo.typeDialogs.addTitle', defaultMessage: 'Add ticket type' },
  add: { id: 'bo.typeDialogs.add', defaultMessage: 'Add ticket type' },
  editTitle: { id: 'bo.typeDialogs.editTitle', defaultMessage: 'Edit {name}' },
  save: { id: 'bo.typeDialogs.save', defaultMessage: 'Save changes' },
  deleteTitle: { id: 'bo.typeDialogs.deleteTitle', defaultMessage: 'Delete {name}?' },
  delete: { id: 'bo.typeDialogs.delete', defaultMessage: 'Delete ticket type' },
  keep: { id: 'bo.typeDialogs.keep', defaultMessage: 'Keep it' },
  deleteEffect: {
    id: 'bo.typeDialogs.deleteEffect',
    defaultMessage:
      'It disappears from the event and can no longer be sold. Only types with no tickets sold can be deleted.',
  },
});

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
  return t(messages.refusal, { name: type.name, sold: formatCount(type.sold) });
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
      <Dialog open={task?.kind === 'add'} title={t(messages.addTitle)} onClose={close}>
        <TicketTypeForm
          initial={EMPTY_TICKET_TYPE}
          currency={currency}
          submitLabel={t(messages.add)}
          contract={vCreateTicketTypeBody}
          pending={create.isPending}
          serverError={create.error}
          onSubmit={(body) => create.mutate(body, { onSuccess: close })}
          onCancel={close}
        />
      </Dialog>
      <Dialog
        open={task?.kind === 'edit'}
        title={t(messages.editTitle, { name: task?.kind === 'edit' ? task.type.name : '' })}
        onClose={close}
      >
        {task?.kind === 'edit' && (
          <TicketTypeForm
            initial={ticketTypeToValues(task.type)}
            currency={currency}
            submitLabel={t(messages.save)}
            contract={vUpdateTicketTypeBody}
            pending={update.isPending}
            serverError={update.error}
            onSubmit={(body) => update.mutate({ id: task.type.id, body }, { onSuccess: close })}
            onCancel={close}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={task?.kind === 'delete'}
        title={t(messages.deleteTitle, { name: task?.kind === 'delete' ? task.type.name : '' })}
        confirmLabel={t(messages.delete)}
        cancelLabel={t(messages.keep)}
        danger
        busy={remove.isPending}
        error={task?.kind === 'delete' && remove.isError ? deleteRefusal(task.type, remove.error) : null}
        onConfirm={() => task?.kind === 'delete' && remove.mutate(task.type.id, { onSuccess: close })}
        onClose={close}
      >
        <p>{t(messages.deleteEffect)}</p>
      </ConfirmDialog>
    </>
  );
}
