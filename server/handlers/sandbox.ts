/** Sandbox-only helpers: simulated purchases, extra API tokens and the audit log. */
import type { OperationHandlers } from '../api-types.ts';
import { issueToken } from '../auth.ts';
import type { Services } from '../services.ts';

type SandboxHandlers = Pick<
  OperationHandlers,
  'sandboxCreatePurchase' | 'sandboxCreateToken' | 'sandboxListAudit'
>;

export function sandboxHandlers(services: Services): SandboxHandlers {
  return {
    async sandboxCreatePurchase(request, reply) {
      return reply.code(201).send(services.purchases.purchase(request.principal.tenantId, request.body));
    },
    async sandboxCreateToken(request, reply) {
      const { role, displayName } = request.body;
      const { token, userId } = issueToken(services.db, request.principal.tenantId, role, displayName);
      return reply.code(201).send({ token, userId, role, displayName });
    },
    async sandboxListAudit(request) {
      const { eventId, limit = 1000 } = request.query;
      return { items: services.audit(request.principal.tenantId, eventId, limit) };
    },
  };
}
