/**
 * Names for the request and response shapes of each contract operation, derived from the generated
 * types so the server can never drift from the contract by hand.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { components, operations as caldasaOps } from '../src/lib/api/caldasa.gen.ts';
import type {
  components as sandboxComponents,
  operations as sandboxOps,
} from '../src/lib/api/sandbox.gen.ts';

export type Schemas = components['schemas'];
export type SandboxSchemas = sandboxComponents['schemas'];
export type Operations = caldasaOps & sandboxOps;
export type OperationId = keyof Operations;

type Part<Op, K extends string> = Op extends { parameters: infer P }
  ? K extends keyof P
    ? NonNullable<P[K]>
    : never
  : never;
type BodyOf<Op> = Op extends { requestBody: { content: { 'application/json': infer B } } } ? B : undefined;

/** The JSON body of a response of an operation for a status code. */
export type ResponseBody<
  Id extends OperationId,
  Status extends number,
> = Operations[Id]['responses'] extends infer R
  ? Status extends keyof R
    ? R[Status] extends { content: { 'application/json': infer B } }
      ? B
      : never
    : never
  : never;

/** The request an operation's handler receives, after the contract's validation. */
export type ApiRequest<Id extends OperationId> = FastifyRequest<{
  Body: BodyOf<Operations[Id]>;
  Querystring: Part<Operations[Id], 'query'>;
  Params: Part<Operations[Id], 'path'>;
  Headers: Part<Operations[Id], 'header'>;
}>;

/** One handler per operationId; fastify-openapi-glue routes to it by name. */
export type OperationHandlers = {
  [Id in OperationId]: (request: ApiRequest<Id>, reply: FastifyReply) => Promise<unknown>;
};
