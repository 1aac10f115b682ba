import type { CreateTicketTypeInput } from './create-ticket-type';
import { NumberField, TextField } from '../../ui/fields';
import type { ContractSchema } from '../../lib/api/contract-check';
import { useApiForm } from '../../ui/use-api-form';
import { TICKET_TYPE_FIELDS, ticketTypeBody, type TicketTypeValues } from './ticket-type-form-values';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  name: { id: 'bo.typeForm.name', defaultMessage: 'Name' },
  price: { id: 'bo.typeForm.price', defaultMessage: 'Price ({currency})' },
  quantity: { id: 'bo.typeForm.quantity', defaultMessage: 'Quantity' },
  quantityHint: {
    id: 'bo.typeForm.quantityHint',
    defaultMessage: 'How many tickets of this type can be sold.',
  },
  description: { id: 'bo.typeForm.description', defaultMessage: 'Description' },
  cancel: { id: 'bo.typeForm.cancel', defaultMessage: 'Cancel' },
  saving: { id: 'bo.typeForm.saving', defaultMessage: 'Saving…' },
});

interface TicketTypeFormProps {
  initial: TicketTypeValues;
  currency: string;
  submitLabel: string;
  /** The contract's schema for this request (adding and editing have different limits). */
  contract: ContractSchema;
  pending: boolean;
  serverError: unknown;
  onSubmit: (body: CreateTicketTypeInput) => void;
  onCancel: () => void;
}

/** Add or edit a ticket type; server errors land on their fields and what was typed is kept. */
export function TicketTypeForm(props: TicketTypeFormProps) {
  const { initial, currency, submitLabel, contract, pending, serverError, onSubmit, onCancel } = props;
  const form = useApiForm({
    initial,
    fields: TICKET_TYPE_FIELDS,
    serverError,
    check: ticketTypeBody,
    contract,
    onSubmit,
  });
  const { otherErrors, field } = form;
  return (
    <form className="bo-form" onSubmit={form.handleSubmit} noValidate>
      {otherErrors.length > 0 && (
        <div role="alert" className="bo-error-summary">
          {otherErrors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <TextField label={t(messages.name)} {...field('name')} />
      <NumberField label={t(messages.price, { currency })} min={0} decimal {...field('price')} />
      <NumberField
        label={t(messages.quantity)}
        min={0}
        hint={t(messages.quantityHint)}
        {...field('quantity')}
      />
      <TextField label={t(messages.description)} multiline={2} {...field('description')} />
      <div className="bo-actions">
        <button type="button" onClick={onCancel}>
          {t(messages.cancel)}
        </button>
        <button type="submit" className="bo-primary" disabled={pending}>
          {pending ? t(messages.saving) : submitLabel}
        </button>
      </div>
    </form>
  );
}
