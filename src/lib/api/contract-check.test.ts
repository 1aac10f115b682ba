import { describe, expect, it } from 'vitest';
import { vCreateEventBody, vUpdateTicketTypeBody } from './caldasa.schemas.gen';
import { contractBreaches } from './contract-check';

const event = {
  name: 'Gala',
  description: null,
  startsAt: '2031-06-01T18:00:00.000Z',
  endsAt: '2031-06-01T22:00:00.000Z',
  timeZone: 'Europe/Amsterdam',
  capacity: 100,
};

describe('contractBreaches', () => {
  it('finds nothing in a body the contract accepts', () => {
    expect(contractBreaches(vCreateEventBody, event)).toEqual({});
  });

  it("names each field that breaks the contract's limits, with the limit", () => {
    const breaches = contractBreaches(vCreateEventBody, {
      ...event,
      name: 'n'.repeat(201),
      description: 'd'.repeat(5_001),
      capacity: 1_000_001,
    });
    expect(breaches).toEqual({
      name: [{ rule: 'too-long', limit: 200 }],
      description: [{ rule: 'too-long', limit: 5_000 }],
      capacity: [{ rule: 'too-large', limit: 1_000_000 }],
    });
  });

  it('tells a fraction and a value below the minimum apart', () => {
    expect(contractBreaches(vUpdateTicketTypeBody, { quantity: 2.5 })).toEqual({
      quantity: [{ rule: 'not-whole' }],
    });
    expect(contractBreaches(vUpdateTicketTypeBody, { price: -1 })).toEqual({
      price: [{ rule: 'too-small', limit: 0 }],
    });
    expect(contractBreaches(vCreateEventBody, { ...event, name: '' })).toEqual({
      name: [{ rule: 'too-short', limit: 1 }],
    });
  });

  it('files a field the contract does not know, or a missing one, under its name as not accepted', () => {
    expect(contractBreaches(vUpdateTicketTypeBody, { colour: 'red' })).toEqual({
      colour: [{ rule: 'not-accepted' }],
    });
    const { capacity: _dropped, ...withoutCapacity } = event;
    expect(contractBreaches(vCreateEventBody, withoutCapacity)).toEqual({
      capacity: [{ rule: 'not-accepted' }],
    });
  });

  it('files a body that is not an object under the empty name', () => {
    expect(contractBreaches(vCreateEventBody, 'text')).toEqual({ '': [{ rule: 'not-accepted' }] });
  });
});
