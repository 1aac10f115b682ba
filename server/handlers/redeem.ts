/** The redeem handler: a thin shell over the redeem service, which owns the transaction. */
import type { OperationHandlers } from '../api-types.ts';
import type { Services } from '../services.ts';

export function redeemHandlers(services: Services): Pick<OperationHandlers, 'redeemTicket'> {
  return {
    async redeemTicket(request, reply) {
      const result = await services.redeem.redeemGrouped({
        principal: request.principal,
        tenant: services.tenant(request.principal.tenantId),
        body: request.body,
        idempotencyKey: request.headers['idempotency-key'],
      });
      if (result.replayed) reply.header('Idempotent-Replayed', 'true');
      return reply.code(result.statusCode).send(result.body);
    },
  };
}
