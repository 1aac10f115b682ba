import { describe, expect, it } from 'vitest';
import { eventKeys } from './event-keys';

function startsWith(key: readonly unknown[], prefix: readonly unknown[]): boolean {
  return prefix.every((part, index) => JSON.stringify(key[index]) === JSON.stringify(part));
}

describe('event query keys', () => {
  it('puts every list under the lists prefix, so one invalidation refreshes them all', () => {
    const key = eventKeys.list({ status: 'Draft', search: 'jazz', page: 2 });
    expect(startsWith(key, eventKeys.lists())).toBe(true);
    expect(startsWith(key, eventKeys.all)).toBe(true);
  });

  it('keeps lists and details apart, so changing one event leaves other lists alone', () => {
    expect(startsWith(eventKeys.detail('a'), eventKeys.lists())).toBe(false);
    expect(startsWith(eventKeys.detail('a'), eventKeys.details())).toBe(true);
    expect(eventKeys.detail('a')).not.toEqual(eventKeys.detail('b'));
  });

  it('gives each filter combination its own key', () => {
    const first = eventKeys.list({ status: null, search: '', page: 1 });
    const second = eventKeys.list({ status: null, search: '', page: 2 });
    expect(first).not.toEqual(second);
    expect(first).toEqual(eventKeys.list({ status: null, search: '', page: 1 }));
  });
});
