import type { CreateTicketTypeInput } from './create-ticket-type';
import { NumberField, TextField } from '../../ui/fields';
import { useApiForm } from '../../ui/use-api-form';
import { TICKET_TYPE_FIELDS, ticketTypeBody, type TicketTypeValues } from './ticket-type-form-values';

interface TicketTypeFormProps {
  initial: TicketTypeValues;
  currency: string;
  submitLabel: string;
  pending: boolean;
  serverError: unknown;
  onSubmit: (body: CreateTicketTypeInput) => void;
  onCancel: () => void;
}

/** Add or edit a ticket type; server errors land on their fields and what was typed is kept. */
export function TicketTypeForm(props: TicketTypeFormProps) {
  const { initial, currency, submitLabel, pending, serverError, onSubmit, onCancel } = props;
  const form = useApiForm({
    initial,
    fields: TICKET_TYPE_FIELDS,
    serverError,
    check: ticketTypeBody,
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
      <TextField label="Name" {...field('name')} />
      <NumberField label={`Price (${currency})`} min={0} decimal {...field('price')} />
      <NumberField
        label="Quantity"
        min={0}
        hint="How many tickets of this type can be sold."
        {...field('quantity')}
      />
      <TextField label="Description" multiline={2} {...field('description')} />
      <div className="bo-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="bo-primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
