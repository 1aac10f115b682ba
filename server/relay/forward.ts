/**
 * Pass-through: a device's request goes upstream with its own Authorization and the few request headers
 * an API call needs; upstream's status, body and meaningful headers come back unchanged.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UpstreamAnswer } from './upstream.ts';

const REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'accept-language', 'idempotency-key'];
const ANSWER_HEADERS = [
  'content-type',
  'retry-after',
  'idempotent-replayed',
  'cache-control',
  'etag',
  'location',
  'content-disposition',
];

/** The headers to send upstream for this device request. */
export function upstreamHeaders(request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

/** The API path upstream, with its query: `/api/events?page=2` → `/events?page=2`. */
export function apiPath(url: string): string {
  return url.replace(/^\/api(?=\/|$)/, '') || '/';
}

/** Sends upstream's answer to the device as it came. */
export function sendUpstreamAnswer(reply: FastifyReply, answer: UpstreamAnswer): FastifyReply {
  for (const name of ANSWER_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) void reply.header(name, value);
  }
  return reply.code(answer.status).header('caldasa-relay-decision', 'upstream').send(answer.body);
}
