/**
 * Request validation for the routes built from the contract, and the translation of Ajv's errors into
 * ValidationProblemDetails `errors` keyed by field name with messages a developer can act on.
 *
 * Two Ajv instances: bodies are checked strictly (no type coercion, unknown fields rejected, all errors
 * reported); query strings, path and header values arrive as text, so they are coerced.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { emptyFieldErrors, type FieldErrors } from './problems.ts';

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    coerceTypes: coerce,
    useDefaults: true,
    removeAdditional: false,
    allErrors: true,
    verbose: true,
    strict: false,
  });
  addFormats.default(ajv);
  return ajv;
}

const bodyAjv = makeAjv(false);
const textAjv = makeAjv(true);

/** The contract's spelling of each header name (`Idempotency-Key`), by its lower-cased form. */
const headerNames = new Map<string, string>();

/**
 * Node hands fastify header names lower-cased; fastify lower-cases header schemas itself only for its own
 * compiler, so with a custom one the contract's `Idempotency-Key` would never match and every header
 * constraint would be silently skipped.
 */
function lowerCaseHeaderNames(schema: object): object {
  const { properties, required } = schema as { properties?: Record<string, unknown>; required?: unknown };
  if (!properties) return schema;
  const lowered: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) {
    headerNames.set(name.toLowerCase(), name);
    lowered[name.toLowerCase()] = value;
  }
  const requiredNames = Array.isArray(required)
    ? required.map((name) => String(name).toLowerCase())
    : required;
  return { ...schema, properties: lowered, ...(requiredNames ? { required: requiredNames } : {}) };
}

/** fastify's validatorCompiler: picks the Ajv for the HTTP part. */
export function compileValidator({
  schema,
  httpPart,
}: {
  schema: object;
  httpPart?: string;
}): ValidateFunction {
  if (httpPart === 'headers') return textAjv.compile(lowerCaseHeaderNames(schema));
  return (httpPart === 'body' ? bodyAjv : textAjv).compile(schema);
}

const FORMAT_HINTS: Record<string, string> = {
  uuid: 'Must be a UUID, for example 3fa85f64-5717-4562-b3fc-2c963f66afa6.',
  'date-time': 'Must be an RFC 3339 date-time with a time zone, for example 2030-06-01T19:30:00Z.',
  email: 'Must be an email address, for example ada@example.com.',
};

function joinPath(parent: string, child: string): string {
  return parent ? `${parent}.${child}` : child;
}

/** The field a message belongs to: `token`, `page`, `tickets.0.name`; `body` for the body as a whole. */
function fieldOf(error: ErrorObject, context: string): string {
  const path = error.instancePath.split('/').filter(Boolean).join('.');
  if (error.keyword === 'required') return joinPath(path, String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties')
    return joinPath(path, String(error.params.additionalProperty));
  return path || context;
}

function typeName(type: unknown): string {
  const list = Array.isArray(type) ? type : [type];
  return list
    .map((t) => (t === 'integer' ? 'a whole number' : t === 'null' ? 'null' : `a ${String(t)}`))
    .join(' or ');
}

function knownFields(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: object } | undefined)?.properties;
  return properties ? ` Known fields: ${Object.keys(properties).join(', ')}.` : '';
}

/** One actionable sentence for one Ajv error; never echoes the value (it may be a token). */
function messageOf(error: ErrorObject, context: string): string {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return context === 'body' ? 'This field is required.' : 'This value is required.';
    case 'additionalProperties':
      return `Unknown field; remove it.${knownFields(error)}`;
    case 'type':
      return `Must be ${typeName(p.type)}.`;
    case 'format':
      return FORMAT_HINTS[String(p.format)] ?? `Must be in ${String(p.format)} format.`;
    case 'minLength':
      return p.limit === 1 ? 'Must not be empty.' : `Must be at least ${String(p.limit)} characters long.`;
    case 'maxLength':
      return `Must be at most ${String(p.limit)} characters long.`;
    case 'minimum':
      return `Must be at least ${String(p.limit)}.`;
    case 'maximum':
      return `Must be at most ${String(p.limit)}.`;
    case 'enum':
      return `Must be one of: ${(p.allowedValues as unknown[]).join(', ')}.`;
    case 'minProperties':
      return 'Send at least one field to change.';
    case 'pattern':
      return `Must match the pattern ${String(p.pattern)}.`;
    default:
      return `Is invalid: ${error.message ?? error.keyword}.`;
  }
}

/** Turns fastify's validation failure into ValidationProblemDetails `errors`. */
export function fieldErrors(validation: FastifySchemaValidationError[], context: string): FieldErrors {
  const errors = emptyFieldErrors();
  for (const raw of validation) {
    const error = raw as ErrorObject;
    if (error.keyword === 'type' && error.instancePath === '' && context === 'body') {
      (errors.body ??= []).push('The request needs a JSON object body.');
      continue;
    }
    const named = fieldOf(error, context);
    const field = context === 'headers' ? (headerNames.get(named) ?? named) : named;
    const message = messageOf(error, context);
    const list = (errors[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return errors;
}
