import { useState, type FormEvent } from 'react';
import type { CreateTicketTypeInput } from '../../../features/ticket-types/create-ticket-type';
import { problemOf } from '../ui/api-failure';
import { fieldErrorsFrom } from '../ui/field-errors';
import { FormField } from '../ui/FormField';
import {
  TICKET_TYPE_FIELDS,
  ticketTypeBody,
  type TicketTypeField,
  type TicketTypeValues,
} from './ticket-type-form-values';

interface TicketTypeFormProps {
  initial: TicketTypeValues;
  currency: string;
  submitLabel: string;
  pending: boolean;
  serverError: unknown;
  onSubmit: (body: CreateTicketTypeInput) => void;
  onCancel: () => void;
}

type Errors = Partial<Record<TicketTypeField, string[]>>;

/** Add or edit a ticket type; server errors land on their fields and what was typed is kept. */
export function TicketTypeForm(props: TicketTypeFormProps) {
  const { initial, currency, submitLabel, pending, serverError, onSubmit, onCancel } = props;
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const server = fieldErrorsFrom(problemOf(serverError), TICKET_TYPE_FIELDS);
  const errors: Errors = { ...server.byField, ...localErrors };
  const set = (field: TicketTypeField) => (e: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: e.target.value }));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const check = ticketTypeBody(values);
    setLocalErrors(check.ok ? {} : check.errors);
    if (check.ok) onSubmit(check.body);
  }

  return (
    <form className="bo-form" onSubmit={handleSubmit} noValidate>
      {server.other.length > 0 && (
        <div role="alert" className="bo-error-summary">
          {server.other.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <FormField label="Name" errors={errors.name}>
        {(a11y) => <input {...a11y} value={values.name} onChange={set('name')} autoComplete="off" />}
      </FormField>
      <FormField label={`Price (${currency})`} errors={errors.price}>
        {(a11y) => (
          <input
            {...a11y}
            type="number"
            inputMode="decimal"
            min={0}
            step="0.01"
            value={values.price}
            onChange={set('price')}
          />
        )}
      </FormField>
      <FormField label="Quantity" errors={errors.quantity} hint="How many tickets of this type can be sold.">
        {(a11y) => (
          <input
            {...a11y}
            type="number"
            inputMode="numeric"
            min={0}
            value={values.quantity}
            onChange={set('quantity')}
          />
        )}
      </FormField>
      <FormField label="Description" errors={errors.description}>
        {(a11y) => <textarea {...a11y} rows={2} value={values.description} onChange={set('description')} />}
      </FormField>
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
