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
  /** Puts a server message in the form's words (field names, times in the right zone). */
  humanise?: (message: string, values: Record<F, string>) => string;
}

/** What a field input needs: its value, its change handler and its messages. */
export interface FieldBinding {
  value: string;
  errors: string[] | undefined;
  onChange: (event: { target: { value: string } }) => void;
}

const same = (text: string) => text;

/**
 * Values, merged errors and a submit handler. Once a submit was tried, the form's own checks run on every
 * change, so every error shows at once and a fixed one disappears as it is fixed; a server message on a
 * field goes away when that field is edited (it was about the value sent, not the one typed now).
 */
export function useApiForm<F extends string, B>(options: ApiFormOptions<F, B>) {
  const { initial, fields, serverError, check, onSubmit, humanise = same } = options;
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const [editedSinceSubmit, setEdited] = useState<ReadonlySet<F>>(new Set());
  const server = fieldErrorsFrom(problemOf(serverError), fields);
  const local = tried ? check(values) : null;
  const errors: FieldErrors<F> = {};
  for (const name of fields) {
    const fromServer = editedSinceSubmit.has(name)
      ? undefined
      : server.byField[name]?.map((m) => humanise(m, values));
    const own = local && !local.ok ? local.errors[name] : undefined;
    if (own ?? fromServer) errors[name] = own ?? fromServer;
  }

  const field = (name: F): FieldBinding => ({
    value: values[name],
    errors: errors[name],
    onChange: (event) => {
      setValues((current) => ({ ...current, [name]: event.target.value }));
      setEdited((current) => (current.has(name) ? current : new Set([...current, name])));
    },
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setEdited(new Set());
    const result = check(values);
    if (result.ok) onSubmit(result.body);
  }

  return { values, errors, otherErrors: server.other.map((m) => humanise(m, values)), field, handleSubmit };
}
