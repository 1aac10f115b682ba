import { useId } from 'react';
import type { CreateEventInput } from '../../../features/events/create-event';
import { NumberField, TextField } from '../ui/fields';
import { useApiForm } from '../ui/use-api-form';
import { EVENT_FIELDS, valuesToBody, type EventFormValues } from './event-form-values';
import { TimeZoneOptions } from './TimeZoneOptions';

interface EventFormProps {
  initial: EventFormValues;
  submitLabel: string;
  pending: boolean;
  serverError: unknown;
  onSubmit: (body: CreateEventInput) => void;
}

/** Create or edit an event; times are typed on the event's own clock. What was typed survives errors. */
export function EventForm({ initial, submitLabel, pending, serverError, onSubmit }: EventFormProps) {
  const form = useApiForm({ initial, fields: EVENT_FIELDS, serverError, check: valuesToBody, onSubmit });
  const { values, errors, otherErrors, field } = form;
  const zoneListId = useId();
  const zoneHint = `On the event's clock (${values.timeZone || 'time zone not set'}).`;
  const invalidCount = Object.keys(errors).length + otherErrors.length;
  return (
    <form className="bo-form" onSubmit={form.handleSubmit} noValidate>
      {invalidCount > 0 && !pending && (
        <div role="alert" className="bo-error-summary">
          <p>The event was not saved. Fix the fields marked below.</p>
          {otherErrors.length > 0 && (
            <ul>
              {otherErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <TextField label="Name" {...field('name')} />
      <TextField label="Description" multiline={3} {...field('description')} />
      <TextField
        label="Time zone"
        hint="IANA name, for example Europe/Amsterdam."
        list={zoneListId}
        {...field('timeZone')}
      />
      <TimeZoneOptions id={zoneListId} />
      <div className="bo-grid-3">
        <TextField type="datetime-local" label="Starts" hint={zoneHint} {...field('startsAt')} />
        <TextField type="datetime-local" label="Ends" hint={zoneHint} {...field('endsAt')} />
        <TextField
          type="datetime-local"
          label="Doors open"
          hint="Leave empty for 30 minutes before the start."
          {...field('doorsOpenAt')}
        />
      </div>
      <NumberField label="Capacity" min={1} {...field('capacity')} />
      <button type="submit" className="bo-primary" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
