/** The bulk cancel's view of the API: cancel-order answers read as outcomes, and the paid orders to plan. */
import { callApi, type ApiFailure, type CaldasaClient } from '../../lib/api/api-client';
import type { BulkCancelApi, CancelAnswer, PaidOrdersAnswer } from './bulk-cancel-runner';
import { listAllTicketOrders } from './list-ticket-orders';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  gone: { id: 'bo.bulkApi.gone', defaultMessage: 'The order no longer exists.' },
});

const PLAN_PAGE_SIZE = 100;

function isFailure(value: unknown): value is ApiFailure {
  return !!value && typeof value === 'object' && 'kind' in value && 'message' in value;
}

/** A 409 is the server saying the order is cancelled already: counted as such, never as a failure. */
export function cancelAnswerOf(failure: ApiFailure): CancelAnswer {
  if (failure.kind !== 'http') return { kind: 'unreachable' };
  if (failure.status === 409) return { kind: 'already-cancelled' };
  if (failure.status === 429) return { kind: 'wait', seconds: Number(failure.retryAfter) || 1 };
  if (failure.status === 404) return { kind: 'failed', why: t(messages.gone) };

  if (failure.status >= 500) return { kind: 'unreachable' };
  return { kind: 'failed', why: failure.problem.detail ?? failure.message };
}

export function bulkCancelApi(client: CaldasaClient, eventId: string): BulkCancelApi {
  return {
    async cancelOrder(orderId, reason) {
      const result = await callApi(() =>
        client.POST('/events/{eventId}/ticket-orders/{orderId}/cancel', {
          params: { path: { eventId, orderId } },
          body: { reason },
        }),
      );
      return result.ok ? { kind: 'cancelled' } : cancelAnswerOf(result.failure);
    },
    async listPaidOrders(): Promise<PaidOrdersAnswer> {
      try {
        // Pages of 100, not the API's 200: reading each page is then a short task, so the screen stays
        // responsive while the plan is made.
        const filters = { search: '', status: 'Paid' as const };
        const orders = await listAllTicketOrders(client, eventId, filters, () => {}, PLAN_PAGE_SIZE);
        return { ok: true, orders: orders.map(({ id, orderNumber }) => ({ id, orderNumber })) };
      } catch (error) {
        const failure = error instanceof Error && isFailure(error.cause) ? error.cause : null;
        const unreachable = failure === null || failure.kind !== 'http' || failure.status >= 500;
        return {
          ok: false,
          unreachable: unreachable && failure !== null,
          why: failure?.message ?? String(error),
        };
      }
    },
  };
}
