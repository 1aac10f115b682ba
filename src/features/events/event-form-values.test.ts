import { describe, expect, it } from 'vitest';
import { emptyEventValues, humaniseEventMessage, valuesToBody } from './event-form-values';

const filled = {
  ...emptyEventValues('America/New_York'),
  name: 'Jazz night',
  startsAt: '2030-07-04T20:00',
  endsAt: '2030-07-04T23:30',
  capacity: '300',
};

describe('event form values', () => {
  it("sends the times typed on the event's clock as UTC instants", () => {
    const check = valuesToBody(filled);
    expect(check).toEqual({
      ok: true,
      body: {
        name: 'Jazz night',
        description: null,
        startsAt: '2030-07-05T00:00:00.000Z',
        endsAt: '2030-07-05T03:30:00.000Z',
        timeZone: 'America/New_York',
        capacity: 300,
      },
    });
  });

  it('leaves doors-open out when empty, so the server applies its default', () => {
    const check = valuesToBody(filled);
    expect(check.ok && 'doorsOpenAt' in check.body).toBe(false);
  });

  it("shows every error at once, in the person's words and the event's zone", () => {
    const check = valuesToBody({ ...filled, name: ' ', endsAt: '2030-07-04T19:00', capacity: '0' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.name).toEqual(["Enter the event's name."]);
    expect(check.errors.capacity).toEqual(['Enter a whole number of at least 1.']);
    const [endMessage] = check.errors.endsAt ?? [];
    expect(endMessage).toMatch(/^The end must be after the start \(4 Jul 2030, 20:00/);
    expect(endMessage).not.toMatch(/startsAt|Z\)/);
  });

  it('refuses doors opening after the start', () => {
    const check = valuesToBody({ ...filled, doorsOpenAt: '2030-07-04T21:00' });
    expect(!check.ok && check.errors.doorsOpenAt?.[0]).toMatch(/^Doors must open at or before the start/);
  });

  it('stores the canonical zone and refuses a misspelt one without throwing', () => {
    const lower = valuesToBody({ ...filled, timeZone: 'america/new_york' });
    expect(lower.ok && lower.body.timeZone).toBe('America/New_York');
    const typo = valuesToBody({ ...filled, timeZone: 'America/New_Yrok' });
    expect(!typo.ok && typo.errors.timeZone?.[0]).toMatch(/Did you mean America\/New_York\?/);
  });

  it("reads an empty zone as the tenant's", () => {
    const check = valuesToBody({ ...filled, timeZone: '' }, 'Europe/Amsterdam');
    expect(check.ok && check.body.startsAt).toBe('2030-07-04T18:00:00.000Z');
  });

  it('explains missing times and a capacity that is not a whole number', () => {
    expect(valuesToBody({ ...filled, startsAt: '', capacity: '12.5' })).toEqual({
      ok: false,
      errors: { startsAt: ['Enter a date and time.'], capacity: ['Enter a whole number of at least 1.'] },
    });
  });

  it("rewrites the server's field names and UTC times into the form's words", () => {
    expect(
      humaniseEventMessage('Must be after startsAt (2026-12-06T01:00:00.000Z).', 'America/New_York'),
    ).toMatch(/^Must be after the start \(5 Dec 2026, 20:00/);
  });
});
