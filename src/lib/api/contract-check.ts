/**
 * A request body checked against the contract's own schema for it (the generated `*.schemas.gen.ts`) before
 * it is sent. A form then refuses what the server would refuse for the contract's limits (lengths, ranges,
 * whole numbers) without a second, hand-kept copy of those limits, and says so on the field. What is left
 * to the server is what only it knows (capacity below tickets already sold, a name already taken).
 */
import * as v from 'valibot';

/** A generated request schema, as forms hand it over. */
export type ContractSchema = v.GenericSchema;

/** One broken rule of the contract, without words: the UI says it in the person's language. */
export type ContractBreach =
  | { rule: 'too-long' | 'too-short' | 'too-large' | 'too-small'; limit: number }
  | { rule: 'not-whole' | 'not-accepted' };

const BY_TYPE: Record<string, 'too-long' | 'too-short' | 'too-large' | 'too-small'> = {
  max_length: 'too-long',
  min_length: 'too-short',
  max_value: 'too-large',
  min_value: 'too-small',
};

function breachOf(issue: v.BaseIssue<unknown>): ContractBreach {
  const rule = BY_TYPE[issue.type];
  if (rule && typeof issue.requirement === 'number') return { rule, limit: issue.requirement };
  return issue.type === 'integer' ? { rule: 'not-whole' } : { rule: 'not-accepted' };
}

/**
 * The contract's complaints about `body`, by top-level field; `{}` when it would be accepted. A complaint
 * about the body as a whole (not one field) is filed under the empty name.
 */
export function contractBreaches(schema: ContractSchema, body: unknown): Record<string, ContractBreach[]> {
  const result = v.safeParse(schema, body, { abortPipeEarly: true });
  const byField: Record<string, ContractBreach[]> = {};
  for (const issue of result.issues ?? []) {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' ? key : '';
    (byField[field] ??= []).push(breachOf(issue));
  }
  return byField;
}
