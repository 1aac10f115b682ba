/** Handlers for the tenant and events operations. */
import type { OperationHandlers } from '../api-types.ts';
import { toEventDetailDto, toEventDto, type EventRow } from '../domain/event-rows.ts';
import { toTicketTypeDto } from '../domain/ticket-type-rows.ts';
import type { Services } from '../services.ts';

type EventHandlers = Pick<
  OperationHandlers,
  'getTenant' | 'listEvents' | 'createEvent' | 'getEvent' | 'updateEvent' | 'publishEvent' | 'cancelEvent'
>;

export function eventHandlers(services: Services): EventHandlers {
  const detail = (row: EventRow, currency: string) =>
    toEventDetailDto(
      row,
      services.ticketTypes.list(row.id).map((type) => toTicketTypeDto(type, currency)),
    );
  const tenantOf = (tenantId: string) => services.tenant(tenantId);

  return {
    async getTenant(request) {
      const { id, name, timeZone, currency, doorsOpenGraceMinutes } = tenantOf(request.principal.tenantId);
      const { userId, displayName, role } = request.principal;
      return {
        id,
        name,
        timeZone,
        currency,
        doorsOpenGraceMinutes,
        currentUser: { id: userId, displayName, role },
      };
    },
    async listEvents(request) {
      const { page = 1, pageSize = 50, status, search } = request.query;
      const result = services.events.list(request.principal.tenantId, { page, pageSize, status, search });
      return { items: result.items.map(toEventDto), page, pageSize, totalCount: result.totalCount };
    },
    async createEvent(request, reply) {
      const tenant = tenantOf(request.principal.tenantId);
      const row = services.events.create(tenant, request.body);
      return reply.code(201).send(detail(row, tenant.currency));
    },
    async getEvent(request) {
      const tenant = tenantOf(request.principal.tenantId);
      return detail(services.events.get(tenant.id, request.params.eventId), tenant.currency);
    },
    async updateEvent(request) {
      const tenant = tenantOf(request.principal.tenantId);
      return detail(services.events.update(tenant.id, request.params.eventId, request.body), tenant.currency);
    },
    async publishEvent(request) {
      const tenant = tenantOf(request.principal.tenantId);
      return detail(services.events.publish(tenant.id, request.params.eventId), tenant.currency);
    },
    async cancelEvent(request) {
      const tenant = tenantOf(request.principal.tenantId);
      return detail(services.events.cancel(tenant.id, request.params.eventId), tenant.currency);
    },
  };
}
