import { describe, expect, it } from 'vitest';
import { emptyEventValues, valuesToBody } from './event-form-values';

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

  it('leaves rules like "ends after it starts" to the server', () => {
    expect(valuesToBody({ ...filled, endsAt: '2030-07-04T19:00' }).ok).toBe(true);
  });

  it('explains missing times and a capacity that is not a whole number', () => {
    expect(valuesToBody({ ...filled, startsAt: '', capacity: '12.5' })).toEqual({
      ok: false,
      errors: { startsAt: ['Enter a date and time.'], capacity: ['Enter a whole number.'] },
    });
  });
});
