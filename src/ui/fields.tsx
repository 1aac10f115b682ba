/** Labelled inputs bound to a useApiForm field, so each form lists its fields and not their wiring. */
import type { FieldBinding } from './use-api-form';
import { FormField } from './FormField';
import { formatTypedDateTime } from './format';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  typed: {
    id: 'bo.fields.typedTime',
    defaultMessage: 'Entered: {when}.',
    description: 'Says back a typed date and time in words, after the field’s hint',
  },
});

interface TextFieldProps extends FieldBinding {
  label: string;
  hint?: string;
  /** Times are typed as `datetime-local`; everything else is free text. */
  type?: 'text' | 'datetime-local';
  /** The id of a datalist of suggestions. */
  list?: string;
  /** A textarea of this many rows instead of a one-line input. */
  multiline?: number;
  onBlur?: () => void;
}

/** A labelled text, date-and-time or multi-line input. */
export function TextField(props: TextFieldProps) {
  const { label, hint, type = 'text', list, multiline, onBlur, ...binding } = props;
  const { value, errors, onChange } = binding;
  // The browser draws a date-and-time input in its own locale: say the value back in the app's language.
  const typed = type === 'datetime-local' ? formatTypedDateTime(value) : null;
  const shownHint = typed ? [hint, t(messages.typed, { when: typed })].filter(Boolean).join(' ') : hint;
  return (
    <FormField label={label} errors={errors} hint={shownHint}>
      {(a11y) =>
        multiline ? (
          <textarea {...a11y} rows={multiline} value={value} onChange={onChange} />
        ) : type === 'text' ? (
          <input {...a11y} list={list} value={value} onChange={onChange} onBlur={onBlur} autoComplete="off" />
        ) : (
          <input {...a11y} type={type} value={value} onChange={onChange} />
        )
      }
    </FormField>
  );
}

interface NumberFieldProps extends FieldBinding {
  label: string;
  hint?: string;
  min: number;
  /** Amounts take decimals (and the decimal keypad); counts are whole numbers. */
  decimal?: boolean;
}

/** A labelled number input with the keypad that fits it on phones. */
export function NumberField({ label, hint, min, decimal, value, errors, onChange }: NumberFieldProps) {
  return (
    <FormField label={label} errors={errors} hint={hint}>
      {(a11y) => (
        <input
          {...a11y}
          type="number"
          inputMode={decimal ? 'decimal' : 'numeric'}
          min={min}
          step={decimal ? '0.01' : undefined}
          value={value}
          onChange={onChange}
        />
      )}
    </FormField>
  );
}
