import { describe, expect, it } from 'vitest';
import { parseTicketType, parseTicketTypeList } from './parse-ticket-type';

const type = {
  id: 't1',
  bookableEventId: 'e1',
  name: 'Early bird',
  description: 'Before May',
  price: 25.5,
  currency: 'EUR',
  quantity: 100,
  sold: 40,
  remaining: 60,
  redeemed: 3,
};

describe('reading ticket types from the API', () => {
  it('reads a good ticket type and ignores fields it does not know', () => {
    expect(parseTicketType({ ...type, colour: 'gold' })).toEqual(type);
  });

  it('refuses a type without a price or a sold count, or with a price as text', () => {
    const { price: _, ...withoutPrice } = type;
    const { sold: __, ...withoutSold } = type;
    expect(parseTicketType(withoutPrice)).toBeNull();
    expect(parseTicketType(withoutSold)).toBeNull();
    expect(parseTicketType({ ...type, price: '25.50' })).toBeNull();
  });

  it('reads the list answer', () => {
    expect(parseTicketTypeList({ items: [type, { ...type, id: 't2' }] })).toHaveLength(2);
    expect(parseTicketTypeList({ items: [] })).toEqual([]);
  });

  it('refuses the whole list when one type in it is unreadable, or when there is no list', () => {
    expect(parseTicketTypeList({ items: [type, { ...type, id: null }] })).toBeNull();
    expect(parseTicketTypeList({})).toBeNull();
    expect(parseTicketTypeList('[]')).toBeNull();
  });
});
