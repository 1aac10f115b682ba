import { useId } from 'react';
import type { CreateEventInput } from './create-event';
import { zoneName } from './zoned-time';
import { Link } from '../../lib/router';
import { NumberField, TextField } from '../../ui/fields';
import { useApiForm } from '../../ui/use-api-form';
import { EVENT_FIELDS, humaniseEventMessage, valuesToBody, type EventFormValues } from './event-form-values';
import { canonicalTimeZone } from './time-zones';
import { TimeZoneOptions } from './TimeZoneOptions';

interface EventFormProps {
  initial: EventFormValues;
  /** The venue's zone: offered first, and the one an empty zone means. */
  tenantZone: string;
  submitLabel: string;
  pending: boolean;
  serverError: unknown;
  onSubmit: (body: CreateEventInput) => void;
  /** Where "Cancel" leads without saving. */
  cancelHref: string;
}

/**
 * Create or edit an event; times are typed on the event's own clock. Every error shows at once, before any
 * request, and what was typed survives errors.
 */
export function EventForm(props: EventFormProps) {
  const { initial, tenantZone, submitLabel, pending, serverError, onSubmit, cancelHref } = props;
  const form = useApiForm({
    initial,
    fields: EVENT_FIELDS,
    serverError,
    check: (values) => valuesToBody(values, tenantZone),
    onSubmit,
    humanise: (message, typed) => humaniseEventMessage(message, typed.timeZone || tenantZone),
  });
  const { values, errors, otherErrors, field } = form;
  const zoneListId = useId();
  const zone = canonicalTimeZone(values.timeZone || tenantZone);
  const zoneHint = zone ? `On the event's clock (${zoneName(zone)}).` : "On the event's clock.";
  const invalidCount = Object.keys(errors).length + otherErrors.length;
  const zoneField = field('timeZone');
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
        hint={`Type to search, for example New York. The venue's zone, ${tenantZone}, is listed first.`}
        list={zoneListId}
        {...zoneField}
        // Typed in any case, stored as the zone's own name.
        onBlur={() => {
          const canonical = canonicalTimeZone(values.timeZone);
          if (canonical && canonical !== values.timeZone)
            zoneField.onChange({ target: { value: canonical } });
        }}
      />
      <TimeZoneOptions id={zoneListId} tenantZone={tenantZone} />
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
      <div className="bo-actions">
        <button type="submit" className="bo-primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <Link className="bo-button" href={cancelHref}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
