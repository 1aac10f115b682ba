import type { QueryClient } from '@tanstack/react-query';
import { eventKeys } from '../../features/events/event-keys';
import { orderKeys } from '../../features/orders/order-keys';
import { salesKeys } from '../../features/sales/sales-keys';
import { ticketTypeKeys } from '../../features/ticket-types/ticket-type-keys';
import { statusOf } from './ui/api-failure';

/** Retrying a 4xx answer (403 door token, 404, 400) only delays the explanation; retry the rest twice. */
export function retryTransient(failureCount: number, error: unknown): boolean {
  const status = statusOf(error);
  if (status !== null && status >= 400 && status < 500 && status !== 429) return false;
  return failureCount < 2;
}

/**
 * Sets the back office's query defaults on the shared client, for its own features' keys only. Called when
 * the chunk loads, before any of its queries is built.
 */
export function setBackOfficeQueryDefaults(queryClient: QueryClient): void {
  for (const key of [eventKeys.all, ticketTypeKeys.all, orderKeys.all, salesKeys.all]) {
    queryClient.setQueryDefaults(key, { retry: retryTransient });
  }
}
