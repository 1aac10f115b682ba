import { useId, useState, type FormEvent } from 'react';
import { problemOf } from '../ui/api-failure';
import { fieldErrorsFrom } from '../ui/field-errors';
import { FormField } from '../ui/FormField';
import { EVENT_FIELDS, valuesToBody, type EventField, type EventFormValues } from './event-form-values';
import type { CreateEventInput } from '../../../features/events/create-event';
import { TimeZoneOptions } from './TimeZoneOptions';

interface EventFormProps {
  initial: EventFormValues;
  submitLabel: string;
  pending: boolean;
  serverError: unknown;
  onSubmit: (body: CreateEventInput) => void;
}

type Errors = Partial<Record<EventField, string[]>>;

/** Create or edit an event; times are typed on the event's own clock. What was typed survives errors. */
export function EventForm({ initial, submitLabel, pending, serverError, onSubmit }: EventFormProps) {
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const zoneListId = useId();
  const server = fieldErrorsFrom(problemOf(serverError), EVENT_FIELDS);
  const errors: Errors = { ...server.byField, ...localErrors };
  const set = (field: EventField) => (e: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: e.target.value }));
  const zoneHint = `On the event's clock (${values.timeZone || 'time zone not set'}).`;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const check = valuesToBody(values);
    setLocalErrors(check.ok ? {} : check.errors);
    if (check.ok) onSubmit(check.body);
  }

  const invalidCount = Object.keys(errors).length + server.other.length;
  return (
    <form className="bo-form" onSubmit={handleSubmit} noValidate>
      {invalidCount > 0 && !pending && (
        <div role="alert" className="bo-error-summary">
          <p>The event was not saved. Fix the fields marked below.</p>
          {server.other.length > 0 && (
            <ul>
              {server.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FormField label="Name" errors={errors.name}>
        {(a11y) => <input {...a11y} value={values.name} onChange={set('name')} autoComplete="off" />}
      </FormField>
      <FormField label="Description" errors={errors.description}>
        {(a11y) => <textarea {...a11y} rows={3} value={values.description} onChange={set('description')} />}
      </FormField>
      <FormField label="Time zone" errors={errors.timeZone} hint="IANA name, for example Europe/Amsterdam.">
        {(a11y) => (
          <input
            {...a11y}
            list={zoneListId}
            value={values.timeZone}
            onChange={set('timeZone')}
            autoComplete="off"
          />
        )}
      </FormField>
      <TimeZoneOptions id={zoneListId} />
      <div className="bo-grid-3">
        <FormField label="Starts" errors={errors.startsAt} hint={zoneHint}>
          {(a11y) => (
            <input {...a11y} type="datetime-local" value={values.startsAt} onChange={set('startsAt')} />
          )}
        </FormField>
        <FormField label="Ends" errors={errors.endsAt} hint={zoneHint}>
          {(a11y) => <input {...a11y} type="datetime-local" value={values.endsAt} onChange={set('endsAt')} />}
        </FormField>
        <FormField
          label="Doors open"
          errors={errors.doorsOpenAt}
          hint="Leave empty for 30 minutes before the start."
        >
          {(a11y) => (
            <input {...a11y} type="datetime-local" value={values.doorsOpenAt} onChange={set('doorsOpenAt')} />
          )}
        </FormField>
      </div>
      <FormField label="Capacity" errors={errors.capacity}>
        {(a11y) => (
          <input
            {...a11y}
            type="number"
            inputMode="numeric"
            min={1}
            value={values.capacity}
            onChange={set('capacity')}
          />
        )}
      </FormField>
      <button type="submit" className="bo-primary" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
