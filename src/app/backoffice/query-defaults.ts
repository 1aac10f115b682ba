import type { QueryClient } from '@tanstack/react-query';
import { eventKeys } from '../../features/events/event-keys';
import { orderKeys } from '../../features/orders/order-keys';
import { salesKeys } from '../../features/sales/sales-keys';
import { ticketTypeKeys } from '../../features/ticket-types/ticket-type-keys';
import { UnreadableAnswerError } from '../../lib/api/tolerant-schema';
import { statusOf } from '../../ui/api-failure';

/**
 * Retrying a 4xx answer (403 door token, 404, 400) or an answer we cannot read only delays the explanation:
 * the same request gets the same answer. Retry the rest (network, timeout, 5xx, 429) twice.
 */
export function retryTransient(failureCount: number, error: unknown): boolean {
  if (error instanceof UnreadableAnswerError) return false;
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
