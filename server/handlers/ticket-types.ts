/** Handlers for an event's ticket types. */
import type { OperationHandlers } from '../api-types.ts';
import { toTicketTypeDto } from '../domain/ticket-type-rows.ts';
import type { Services } from '../services.ts';

type TicketTypeHandlers = Pick<
  OperationHandlers,
  'listTicketTypes' | 'createTicketType' | 'updateTicketType' | 'deleteTicketType'
>;

export function ticketTypeHandlers(services: Services): TicketTypeHandlers {
  const context = (tenantId: string, eventId: string) => {
    const tenant = services.tenant(tenantId);
    return { currency: tenant.currency, event: services.events.get(tenant.id, eventId) };
  };

  return {
    async listTicketTypes(request) {
      const { currency, event } = context(request.principal.tenantId, request.params.eventId);
      return { items: services.ticketTypes.list(event.id).map((row) => toTicketTypeDto(row, currency)) };
    },
    async createTicketType(request, reply) {
      const { currency, event } = context(request.principal.tenantId, request.params.eventId);
      const row = services.ticketTypes.create(event, currency, request.body);
      return reply.code(201).send(toTicketTypeDto(row, currency));
    },
    async updateTicketType(request) {
      const { currency, event } = context(request.principal.tenantId, request.params.eventId);
      const row = services.ticketTypes.update(event, currency, request.params.ticketTypeId, request.body);
      return toTicketTypeDto(row, currency);
    },
    async deleteTicketType(request, reply) {
      const { event } = context(request.principal.tenantId, request.params.eventId);
      services.ticketTypes.delete(event, request.params.ticketTypeId);
      return reply.code(204).send();
    },
  };
}
