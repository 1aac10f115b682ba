/**
 * The state both back-office forms share: text values as typed, the browser's own checks, and the server's
 * field errors placed on their fields. What was typed survives every error, local or from the server.
 */
import { useState, type FormEvent } from 'react';
import { problemOf } from './api-failure';
import { fieldErrorsFrom } from './field-errors';

export type FieldErrors<F extends string> = Partial<Record<F, string[]>>;

/** A form's request body, or the errors that keep it from being sent. */
export type FormCheck<F extends string, B> = { ok: true; body: B } | { ok: false; errors: FieldErrors<F> };

interface ApiFormOptions<F extends string, B> {
  initial: Record<F, string>;
  fields: readonly F[];
  serverError: unknown;
  check: (values: Record<F, string>) => FormCheck<F, B>;
  onSubmit: (body: B) => void;
}

/** What a field input needs: its value, its change handler and its messages. */
export interface FieldBinding {
  value: string;
  errors: string[] | undefined;
  onChange: (event: { target: { value: string } }) => void;
}

/** Values, merged errors (local ones win: they are about what is typed now) and a submit handler. */
export function useApiForm<F extends string, B>(options: ApiFormOptions<F, B>) {
  const { initial, fields, serverError, check, onSubmit } = options;
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors<F>>({});
  const server = fieldErrorsFrom(problemOf(serverError), fields);
  const errors: FieldErrors<F> = { ...server.byField, ...localErrors };

  const field = (name: F): FieldBinding => ({
    value: values[name],
    errors: errors[name],
    onChange: (event) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const result = check(values);
    setLocalErrors(result.ok ? {} : result.errors);
    if (result.ok) onSubmit(result.body);
  }

  return { values, errors, otherErrors: server.other, field, handleSubmit };
}
