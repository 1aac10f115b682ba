/** Handlers for ticket orders and the sales report. */
import type { OperationHandlers } from '../api-types.ts';
import type { Services } from '../services.ts';

type OrderHandlers = Pick<
  OperationHandlers,
  'listTicketOrders' | 'cancelTicketOrder' | 'resendTicketQrCodes' | 'getTicketSalesReport'
>;

export function orderHandlers(services: Services): OrderHandlers {
  const context = (tenantId: string, eventId: string) => {
    const tenant = services.tenant(tenantId);
    return { currency: tenant.currency, event: services.events.get(tenant.id, eventId) };
  };

  return {
    async listTicketOrders(request) {
      const { currency, event } = context(request.principal.tenantId, request.params.eventId);
      const { page = 1, pageSize = 50, search, status, ticketTypeId, sort } = request.query;
      const query = { page, pageSize, search, status, ticketTypeId, sort };
      const result = services.orders.list(event.id, currency, query);
      return { items: result.items, page, pageSize, totalCount: result.totalCount };
    },
    async cancelTicketOrder(request) {
      const { currency, event } = context(request.principal.tenantId, request.params.eventId);
      return services.orders.cancel(event.id, currency, request.params.orderId, request.body.reason);
    },
    async resendTicketQrCodes(request, reply) {
      const { event } = context(request.principal.tenantId, request.params.eventId);
      return reply.code(202).send(services.orders.resend(event.id, request.params.orderId));
    },
    async getTicketSalesReport(request) {
      const { currency, event } = context(request.principal.tenantId, request.params.eventId);
      return services.salesReport(event.id, currency);
    },
  };
}
