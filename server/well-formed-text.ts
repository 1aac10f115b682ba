/**
 * JSON may carry lone UTF-16 surrogates (`"\ud800"`); SQLite would store them as invalid UTF-8 and read
 * them back as replacement characters. Bodies are checked once, right after parsing, for every operation.
 */
import { ApiProblem, emptyFieldErrors, type FieldErrors } from './problems.ts';

const LONE_SURROGATE = /\p{Surrogate}/u;
const MESSAGE = 'Must be well-formed Unicode text: it contains a lone UTF-16 surrogate (\\ud800–\\udfff).';

function collect(value: unknown, path: string, errors: FieldErrors): void {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) errors[path || 'body'] = [MESSAGE];
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (LONE_SURROGATE.test(key)) errors[path || 'body'] = ['A field name is not well-formed Unicode text.'];
    else collect(child, childPath, errors);
  }
}

/** A 400 naming each field whose text is ill-formed, or null when the body is fine. */
export function illFormedTextProblem(body: unknown): ApiProblem | null {
  const errors = emptyFieldErrors();
  collect(body, '', errors);
  return Object.keys(errors).length > 0
    ? new ApiProblem(400, 'See errors for the fields to fix.', errors)
    : null;
}
