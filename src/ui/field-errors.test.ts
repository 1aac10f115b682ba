import { describe, expect, it } from 'vitest';
import type { ProblemDetails } from '../lib/api/api-client';
import { fieldErrorsFrom } from './field-errors';

const FIELDS = ['name', 'startsAt', 'endsAt', 'capacity'] as const;

function problem(errors?: Record<string, string[]>, detail?: string): ProblemDetails {
  return {
    type: 'about:blank',
    title: 'Bad request',
    status: 400,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

describe('problem to field errors', () => {
  it('puts each message on the field it names', () => {
    const map = fieldErrorsFrom(
      problem({ endsAt: ['Must be after startsAt.'], capacity: ['Must be at least 1.'] }),
      FIELDS,
    );
    expect(map.byField).toEqual({ endsAt: ['Must be after startsAt.'], capacity: ['Must be at least 1.'] });
    expect(map.other).toEqual([]);
  });

  it('understands ASP.NET, JSON-path and body-prefixed field names', () => {
    const map = fieldErrorsFrom(
      problem({ StartsAt: ['a'], '$.name': ['b'], 'body.capacity': ['c'], '/endsAt': ['d'] }),
      FIELDS,
    );
    expect(map.byField).toEqual({ startsAt: ['a'], name: ['b'], capacity: ['c'], endsAt: ['d'] });
  });

  it('keeps messages for unknown fields, naming the field', () => {
    const map = fieldErrorsFrom(
      problem({ colour: ['Unknown field; remove it.'], body: ['Malformed.'] }),
      FIELDS,
    );
    expect(map.other).toEqual(['colour: Unknown field; remove it.', 'Malformed.']);
  });

  it('falls back to the detail when a problem names no field', () => {
    expect(fieldErrorsFrom(problem(undefined, 'Event is cancelled.'), FIELDS).other).toEqual([
      'Event is cancelled.',
    ]);
    expect(fieldErrorsFrom(problem({}), FIELDS).other).toEqual(['Bad request']);
  });

  it('has nothing to say without a problem', () => {
    expect(fieldErrorsFrom(undefined, FIELDS)).toEqual({ byField: {}, other: [] });
  });
});
