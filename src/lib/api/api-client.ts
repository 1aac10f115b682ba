/**
 * The one wrapper of the HTTP boundary to a Caldasa API. Every call has a timeout and ends in a typed
 * result: data, a problem answer from the server, or a transport failure (network, timeout). Nothing here
 * throws for an expected failure, so callers can turn each kind into a screen.
 */
import createClient, { type Client } from 'openapi-fetch';
import { deviceHeaders } from '../device-identity';
import type { components, paths } from './caldasa.gen';
import { noteServerWait } from './server-wait';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  status: { id: 'api.status', defaultMessage: 'The server answered {status}' },
  timeout: { id: 'api.timeout', defaultMessage: 'The server did not answer in time.' },
  network: {
    id: 'api.network',
    defaultMessage: 'The server could not be reached. Check the network and the address.',
  },
  empty: { id: 'api.empty', defaultMessage: 'The server sent an empty answer.' },
});

export type Schemas = components['schemas'];
export type ProblemDetails = Schemas['ProblemDetails'] & { errors?: Record<string, string[]> };
export type CaldasaClient = Client<paths>;

export const DEFAULT_TIMEOUT_MS = 5_000;

export type ApiFailure =
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; message: string }
  | { kind: 'http'; status: number; problem: ProblemDetails; retryAfter: string | null; message: string };

export type ApiResult<T> = { ok: true; data: T; response: Response } | { ok: false; failure: ApiFailure };

/** Adds this device's identity headers (same-origin servers only, see device-identity.ts). */
function withDeviceHeaders(request: Request): Request {
  for (const [name, value] of Object.entries(deviceHeaders(request.url))) request.headers.set(name, value);
  return request;
}

/**
 * Makes a typed client for a base URL and bearer token. The token only ever travels in a header; the
 * device's id and name go along to a relay on the app's origin.
 */
export function createCaldasaClient(
  baseUrl: string,
  token: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): CaldasaClient {
  return createApiClient<paths>(baseUrl, token, timeoutMs);
}

/** The same, for another contract on the same server (the venue relay's extensions). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- openapi-fetch's own bound
export function createApiClient<Paths extends {}>(
  baseUrl: string,
  token: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Client<Paths> {
  return createClient<Paths>({
    baseUrl: baseUrl.replace(/\/+$/, ''),
    headers: { Authorization: `Bearer ${token}` },
    fetch: (request: Request) =>
      fetch(withDeviceHeaders(request), { signal: AbortSignal.timeout(timeoutMs) }),
  });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function fieldErrors(value: unknown): Record<string, string[]> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    const list = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [];
    if (list.length > 0) errors[field] = list;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** Reads a problem body defensively: a server may send anything, or nothing, with an error status. */
function problemFrom(status: number, body: unknown): ProblemDetails {
  const record: Record<string, unknown> = body && typeof body === 'object' ? { ...body } : {};
  const errors = fieldErrors(record.errors);
  const detail = text(record.detail);
  return {
    type: text(record.type) ?? 'about:blank',
    title: text(record.title) ?? t(messages.status, { status: String(status) }),
    status,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

function transportFailure(error: unknown): ApiFailure {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { kind: 'timeout', message: t(messages.timeout) };
  }
  return { kind: 'network', message: t(messages.network) };
}

/**
 * Runs one client call and folds every outcome into an ApiResult. `call` is a function of the client, such as
 * `(c) => c.GET('/tenant')`.
 */
export async function callApi<T>(
  call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<ApiResult<T>> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call();
  } catch (error) {
    return { ok: false, failure: transportFailure(error) };
  }
  const { response } = result;
  if (response.ok && result.data !== undefined) return { ok: true, data: result.data, response };
  if (response.ok) {
    return { ok: false, failure: { kind: 'network', message: t(messages.empty) } };
  }
  const problem = problemFrom(response.status, result.error);
  const retryAfter = response.headers.get('Retry-After');
  noteServerWait(response.status, retryAfter);
  return {
    ok: false,
    failure: {
      kind: 'http',
      status: response.status,
      problem,
      retryAfter,
      message: problem.detail ?? problem.title,
    },
  };
}

/** Like callApi, for operations that answer 204 No Content. */
export async function callApiNoContent(
  call: () => Promise<{ error?: unknown; response: Response }>,
): Promise<ApiResult<null>> {
  const result = await callApi(async () => {
    const answer = await call();
    return answer.response.ok ? { data: null, response: answer.response } : answer;
  });
  return result;
}
