import { describe, expect, it } from 'vitest';
import { orderKeys } from './order-keys';

describe('order query keys', () => {
  it("keeps every page and search of one event under that event's prefix", () => {
    const key = orderKeys.list('e1', { search: 'ada', status: 'Paid', page: 3 });
    expect(key.slice(0, 3)).toEqual([...orderKeys.eventLists('e1')]);
  });

  it("does not put another event's lists under the prefix", () => {
    const key = orderKeys.list('e2', { search: '', status: null, page: 1 });
    expect(key.slice(0, 3)).not.toEqual([...orderKeys.eventLists('e1')]);
  });

  it('tells pages and searches apart', () => {
    const base = { search: '', status: null, page: 1 } as const;
    expect(orderKeys.list('e1', base)).not.toEqual(orderKeys.list('e1', { ...base, page: 2 }));
    expect(orderKeys.list('e1', base)).not.toEqual(orderKeys.list('e1', { ...base, search: 'x' }));
  });
});
