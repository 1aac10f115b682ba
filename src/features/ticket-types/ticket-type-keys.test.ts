import { describe, expect, it } from 'vitest';
import { ticketTypeKeys } from './ticket-type-keys';

describe('ticket type query keys', () => {
  it("scopes one event's list under the shared lists prefix", () => {
    expect(ticketTypeKeys.list('e1').slice(0, 2)).toEqual([...ticketTypeKeys.lists()]);
    expect(ticketTypeKeys.list('e1')).not.toEqual(ticketTypeKeys.list('e2'));
  });

  it('never collides with other features, whose keys start with their own name', () => {
    expect(ticketTypeKeys.all[0]).toBe('ticket-types');
  });
});
