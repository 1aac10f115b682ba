import { useId } from 'react';
import type { CreateEventInput } from './create-event';
import { zoneName } from './zoned-time';
import { Link } from '../../lib/router';
import { NumberField, TextField } from '../../ui/fields';
import { vCreateEventBody } from '../../lib/api/caldasa.schemas.gen';
import { useApiForm } from '../../ui/use-api-form';
import { EVENT_FIELDS, humaniseEventMessage, valuesToBody, type EventFormValues } from './event-form-values';
import { canonicalTimeZone } from './time-zones';
import { TimeZoneOptions } from './TimeZoneOptions';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  zoneHint: { id: 'bo.eventForm.zoneHint', defaultMessage: 'On the event’s clock ({zone}).' },
  zoneHintBare: { id: 'bo.eventForm.zoneHintBare', defaultMessage: 'On the event’s clock.' },
  notSaved: {
    id: 'bo.eventForm.notSaved',
    defaultMessage: 'The event was not saved. Fix the fields marked below.',
  },
  name: { id: 'bo.eventForm.name', defaultMessage: 'Name' },
  description: { id: 'bo.eventForm.description', defaultMessage: 'Description' },
  zone: { id: 'bo.eventForm.zone', defaultMessage: 'Time zone' },
  zoneSearch: {
    id: 'bo.eventForm.zoneSearch',
    defaultMessage: 'Type to search, for example New York. The venue’s zone, {zone}, is listed first.',
  },
  starts: { id: 'bo.eventForm.starts', defaultMessage: 'Starts' },
  ends: { id: 'bo.eventForm.ends', defaultMessage: 'Ends' },
  doorsOpen: { id: 'bo.eventForm.doorsOpen', defaultMessage: 'Doors open' },
  doorsHint: { id: 'bo.eventForm.doorsHint', defaultMessage: 'Leave empty for 30 minutes before the start.' },
  capacity: { id: 'bo.eventForm.capacity', defaultMessage: 'Capacity' },
  saving: { id: 'bo.eventForm.saving', defaultMessage: 'Saving…' },
  cancel: { id: 'bo.eventForm.cancel', defaultMessage: 'Cancel' },
});

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
    // Creating and editing send the same full body; the create schema holds its limits.
    contract: vCreateEventBody,
    onSubmit,
    humanise: (message, typed) => humaniseEventMessage(message, typed.timeZone || tenantZone),
  });
  const { values, errors, otherErrors, field } = form;
  const zoneListId = useId();
  const zone = canonicalTimeZone(values.timeZone || tenantZone);
  const zoneHint = zone ? t(messages.zoneHint, { zone: zoneName(zone) }) : t(messages.zoneHintBare);
  const invalidCount = Object.keys(errors).length + otherErrors.length;
  const zoneField = field('timeZone');
  return (
    <form className="bo-form" onSubmit={form.handleSubmit} noValidate>
      {invalidCount > 0 && !pending && (
        <div role="alert" className="bo-error-summary">
          <p>{t(messages.notSaved)}</p>
          {otherErrors.length > 0 && (
            <ul>
              {otherErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <TextField label={t(messages.name)} {...field('name')} />
      <TextField label={t(messages.description)} multiline={3} {...field('description')} />
      <TextField
        label={t(messages.zone)}
        hint={t(messages.zoneSearch, { zone: tenantZone })}
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
        <TextField type="datetime-local" label={t(messages.starts)} hint={zoneHint} {...field('startsAt')} />
        <TextField type="datetime-local" label={t(messages.ends)} hint={zoneHint} {...field('endsAt')} />
        <TextField
          type="datetime-local"
          label={t(messages.doorsOpen)}
          hint={t(messages.doorsHint)}
          {...field('doorsOpenAt')}
        />
      </div>
      <NumberField label={t(messages.capacity)} min={1} {...field('capacity')} />
      <div className="bo-actions">
        <button type="submit" className="bo-primary" disabled={pending}>
          {pending ? t(messages.saving) : submitLabel}
        </button>
        <Link className="bo-button" href={cancelHref}>
          {t(messages.cancel)}
        </Link>
      </div>
    </form>
  );
}
