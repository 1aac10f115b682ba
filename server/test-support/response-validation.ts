/**
 * The `validateResponses` option: an onSend hook that checks every /api answer against the contract.
 * A mismatch is logged and recorded on `app.contractViolations`; the test harness fails on any.
 */
import type { FastifyInstance } from 'fastify';
import { ContractValidator } from './contract-validator.ts';

declare module 'fastify' {
  interface FastifyInstance {
    contractViolations: string[];
  }
}

function parse(payload: unknown): unknown {
  if (typeof payload !== 'string' || payload === '') return undefined;
  try {
    return JSON.parse(payload);
  } catch {
    return payload;
  }
}

export function installResponseValidation(app: FastifyInstance): void {
  const validator = new ContractValidator();
  const violations: string[] = [];
  app.decorate('contractViolations', violations);
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/') || request.method === 'OPTIONS') return payload;
    const contentType = String(reply.getHeader('content-type') ?? '').split(';')[0] ?? '';
    const operationId = request.routeOptions.schema?.operationId;
    const problems = validator.check(operationId, reply.statusCode, contentType, parse(payload));
    if (reply.statusCode === 429 && !/^\d+$/.test(String(reply.getHeader('retry-after')))) {
      problems.push('429 without an integer Retry-After header');
    }
    for (const problem of problems) {
      violations.push(`${request.method} ${request.url}: ${problem}`);
      request.log.error({ problem }, 'response breaks the contract');
    }
    return payload;
  });
}
