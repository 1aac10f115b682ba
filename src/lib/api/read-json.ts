/**
 * Small readers for JSON from outside (API answers, stored data). They never throw and never cast: each
 * returns the value when it has the expected type, else undefined, so parsers can decide what is required.
 */
export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : undefined;
}

export function readString(record: JsonRecord | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function readNumber(record: JsonRecord | undefined, key: string): number | undefined {
  const value = record?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function readArray(record: JsonRecord | undefined, key: string): unknown[] | undefined {
  const value = record?.[key];
  return Array.isArray(value) ? value : undefined;
}

/**
 * A nullable field: its text, or null when it is null, absent or not text. Such fields are optional
 * extras on screen, so a stray value is shown as missing rather than failing the whole answer.
 */
export function readNullableString(record: JsonRecord | undefined, key: string): string | null {
  return readString(record, key) ?? null;
}

/** Every item of an array field read by `parseItem`; undefined when the field or any one item is unreadable. */
export function readArrayOf<T>(
  record: JsonRecord | undefined,
  key: string,
  parseItem: (value: unknown) => T | null,
): T[] | undefined {
  const items = readArray(record, key)?.map(parseItem);
  if (!items || items.some((item) => item === null)) return undefined;
  return items.filter((item): item is T => item !== null);
}

/** True when every field a reader filled is present: lets a parser read all fields, then check once. */
export function hasAllFields<T extends object>(
  fields: T,
): fields is { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.values(fields).every((value) => value !== undefined);
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
