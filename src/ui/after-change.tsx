/**
 * What one feature's change makes stale in the others. Features do not import each other, so a feature
 * only says what it changed; app/, which composes them, provides what that means (which queries to
 * refresh) through this context.
 */
import { createContext, useCallback, useContext } from 'react';

export interface ChangeEffects {
  /** A ticket type was added, changed or deleted on the event. */
  afterTicketTypeChange: (eventId: string) => Promise<unknown>;
  /** One or more of the event's orders were cancelled. */
  afterOrderCancel: (eventId: string) => Promise<unknown>;
}

export const ChangeEffectsContext = createContext<ChangeEffects | null>(null);

function useChangeEffects(): ChangeEffects {
  const effects = useContext(ChangeEffectsContext);
  // A screen outside the provider would leave stale counts on screen without a word: fail loudly instead.
  if (!effects) throw new Error('Back-office screens need a ChangeEffectsContext provider (app/backoffice).');
  return effects;
}

export function useAfterTicketTypeChange(eventId: string): () => Promise<unknown> {
  const { afterTicketTypeChange } = useChangeEffects();
  return useCallback(() => afterTicketTypeChange(eventId), [afterTicketTypeChange, eventId]);
}

export function useAfterOrderCancel(eventId: string): () => Promise<unknown> {
  const { afterOrderCancel } = useChangeEffects();
  return useCallback(() => afterOrderCancel(eventId), [afterOrderCancel, eventId]);
}
