/**
 * The one reader of API answers. The shapes are the runtime schemas generated from the contracts
 * (`*.schemas.gen.ts`, valibot); `tolerant` turns one into the contract's tolerant reading (DESIGN §3):
 * - unknown fields are ignored (dropped from the result);
 * - an enum value this app does not know is kept as the text the server sent, to be shown as-is;
 * - a nullable field that is absent or of the wrong type reads as null: such fields are optional extras on
 *   screen, so a stray value is shown as missing rather than failing the whole answer;
 * - formats and ranges (uuid, date-time, minimum) are not checked: the app shows what it got;
 * - a required field that is missing or of the wrong type makes the answer unreadable, and so does any one
 *   unreadable item of a list: a silently shorter list would mislead more than "not understood".
 */
import * as v from 'valibot';

/**
 * This module is the app's one wrapper of valibot: the plain schema pieces that readers add around the
 * generated ones, and that readers of data the app stores itself (settings, saved runs) are written with.
 */
export {
  array,
  fallback,
  minLength,
  nullable,
  number,
  object,
  optional,
  picklist,
  pipe,
  record,
  string,
  unknown,
} from 'valibot';

type Flat<T> = { [K in keyof T]: T[K] } & {};

/** What `tolerant` reads a contract type as: enums widened to string, nullable fields always present. */
export type Tolerant<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
    : T extends readonly (infer Item)[]
      ? Tolerant<Item>[]
      : T extends object
        ? Flat<
            { [K in keyof T as null extends T[K] ? K : never]-?: Tolerant<Exclude<T[K], undefined>> } & {
              [K in keyof T as null extends T[K] ? never : K]: Tolerant<T[K]>;
            }
          >
        : T;

type Overrides = Record<string, v.GenericSchema>;

export interface TolerantOptions<Keys extends string, Replaced extends Overrides> {
  /** Read only these top-level fields (the rest of the answer is not needed here). */
  pick?: readonly Keys[];
  /** Top-level fields read by another schema than the contract's (a default, or a field left unread). */
  override?: Replaced;
}

type Read<Out, Keys extends PropertyKey, Replaced extends Overrides> = Flat<
  Omit<Pick<Out, Extract<keyof Out, Keys>>, keyof Replaced> & {
    [K in keyof Replaced]: v.InferOutput<Replaced[K]>;
  }
>;

/** The parts of a valibot schema that the relaxing walk looks at. */
interface SchemaParts {
  type: string;
  pipe?: readonly unknown[];
  entries?: Record<string, v.GenericSchema>;
  item?: v.GenericSchema;
  wrapped?: v.GenericSchema;
  options?: readonly unknown[];
  key?: v.GenericSchema<string, string>;
  value?: v.GenericSchema;
}

function isSchema(value: unknown): value is v.GenericSchema {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'schema';
}

function relaxEntries(entries: Record<string, v.GenericSchema>): Record<string, v.GenericSchema> {
  return Object.fromEntries(Object.entries(entries).map(([key, entry]) => [key, relax(entry)]));
}

/** The same shape with the tolerance rules above applied, all the way down. */
function relax(schema: v.GenericSchema): v.GenericSchema {
  const parts: SchemaParts = schema;
  const [base] = parts.pipe ?? [];
  if (isSchema(base)) return relax(base);
  switch (parts.type) {
    case 'picklist':
    case 'enum':
      return v.string();
    case 'nullable':
    case 'nullish':
      return v.fallback(v.nullable(relax(parts.wrapped ?? v.unknown())), null);
    case 'optional':
      return v.optional(relax(parts.wrapped ?? v.unknown()));
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return v.object(relaxEntries(parts.entries ?? {}));
    case 'intersect':
      return v.intersect((parts.options ?? []).filter(isSchema).map(relax));
    case 'union':
      return v.union((parts.options ?? []).filter(isSchema).map(relax));
    case 'array':
      return v.array(relax(parts.item ?? v.unknown()));
    case 'record':
      return v.record(parts.key ?? v.string(), relax(parts.value ?? v.unknown()));
    default:
      return schema;
  }
}

function objectEntries(schema: v.GenericSchema): Record<string, v.GenericSchema> {
  const parts: SchemaParts = schema;
  if (parts.entries) return parts.entries;
  // An allOf in the contract is an intersect of objects: their fields together.
  return Object.assign({}, ...(parts.options ?? []).filter(isSchema).map(objectEntries));
}

/**
 * The tolerant reading of a generated schema. With `pick` or `override`, the top level is an object of the
 * picked fields of the contract's, with some read by the given schemas instead.
 */
export function tolerant<
  Schema extends v.GenericSchema,
  Keys extends string = string,
  Replaced extends Overrides = Record<never, never>,
>(
  schema: Schema,
  options: TolerantOptions<Keys, Replaced> = {},
): v.GenericSchema<unknown, Read<Tolerant<v.InferOutput<Schema>>, Keys, Replaced>> {
  const { pick, override } = options;
  let relaxed = relax(schema);
  if (pick || override) {
    const entries = relaxEntries(objectEntries(schema));
    const kept = pick ? Object.fromEntries(pick.map((key) => [key, entries[key] ?? v.unknown()])) : entries;
    relaxed = v.object({ ...kept, ...override });
  }
  // The walk above builds the schema at run time, so its output type is stated, not inferred: the type
  // functions above say the same rules, and each reader's declared result type is checked against them.
  return relaxed as v.GenericSchema<unknown, Read<Tolerant<v.InferOutput<Schema>>, Keys, Replaced>>;
}

/** A nullable extra: null when absent or of the wrong type. */
export function orNull<Schema extends v.GenericSchema>(schema: Schema) {
  return v.fallback(v.nullable(schema), null);
}

/** The value read by `schema`, or null when it does not fit. Never throws. */
export function readWith<Out>(schema: v.GenericSchema<unknown, Out>, value: unknown): Out | null {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}

/** An API answer that came back with a success status but not in the shape the contract promises. */
export class UnreadableAnswerError extends Error {
  override name = 'UnreadableAnswerError';
}

/** The parsed answer, or an UnreadableAnswerError naming what was asked for ("the events list"). */
export function parseAnswer<T>(data: unknown, parse: (value: unknown) => T | null, what: string): T {
  const parsed = parse(data);
  if (parsed === null) throw new UnreadableAnswerError(`The server's answer for ${what} was not understood.`);
  return parsed;
}
