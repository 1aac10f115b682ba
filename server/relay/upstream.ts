/**
 * The relay's link to the Caldasa API it stands in front of: one fetch with a short bound, the rule for
 * "upstream could not answer" (refused, timed out, 5xx, 429), and the up/down state with a health probe
 * that backs off (full jitter) while upstream stays away. Nothing here holds a token: every request
 * carries the Authorization of the device it is made for; the probe sends none.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  body: Buffer;
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return headers;
}

export type UpstreamResult = { ok: true; answer: UpstreamAnswer } | { ok: false; reason: string };

export interface UpstreamOptions {
  /** The upstream API base, e.g. http://127.0.0.1:8787/api. */
  baseUrl: string;
  /** How long a request may take before the relay decides without upstream. */
  timeoutMs?: number;
  probeMinMs?: number;
  probeMaxMs?: number;
  random?: () => number;
  onChange?: (state: UpstreamState) => void;
}

export interface UpstreamState {
  state: 'up' | 'down';
  since: string;
  lastProbeAt: string | null;
  nextProbeAt: string | null;
  lastError: string | null;
}

/** Statuses that mean "upstream could not decide now", not an answer. */
export function isUnavailable(status: number): boolean {
  return status === 429 || status >= 500;
}

export type Upstream = ReturnType<typeof createUpstream>;

export function createUpstream(options: UpstreamOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 2_000;
  const probeMin = options.probeMinMs ?? 250;
  const probeMax = options.probeMaxMs ?? 10_000;
  const random = options.random ?? Math.random;
  const state: UpstreamState = {
    state: 'up',
    since: new Date().toISOString(),
    lastProbeAt: null,
    nextProbeAt: null,
    lastError: null,
  };
  let failedProbes = 0;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const secure = base.startsWith('https:');
  // Keep-alive with Nagle off: a POST's body must not wait for the previous segment's ACK (that cost
  // ~40 ms per redeem with fetch here).
  const agent = secure
    ? new HttpsAgent({ keepAlive: true, maxSockets: 64 })
    : new HttpAgent({ keepAlive: true, maxSockets: 64 });
  const send = secure ? httpsRequest : httpRequest;

  function request(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<UpstreamResult> {
    return new Promise((resolve) => {
      const outgoing =
        body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
      const req = send(base + path, { method, agent, headers: outgoing });
      const timer = setTimeout(() => req.destroy(new Error('timeout')), timeoutMs);
      req.on('socket', (socket) => socket.setNoDelay(true));
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          clearTimeout(timer);
          const answer = {
            status: res.statusCode ?? 502,
            headers: toHeaders(res.headers),
            body: Buffer.concat(chunks),
          };
          resolve({ ok: true, answer });
        });
        res.on('error', () => undefined);
      });
      req.on('error', (error) => {
        clearTimeout(timer);
        const reason = error.message === 'timeout' ? `no answer within ${timeoutMs} ms` : 'connection failed';
        resolve({ ok: false, reason });
      });
      req.end(body);
    });
  }

  function setState(next: 'up' | 'down', error: string | null) {
    state.lastError = error;
    if (state.state === next) return;
    state.state = next;
    state.since = new Date().toISOString();
    options.onChange?.({ ...state });
  }

  function scheduleProbe() {
    if (closed || timer) return;
    const ceiling = Math.min(probeMax, probeMin * 2 ** failedProbes);
    const wait = Math.max(probeMin / 2, Math.round(random() * ceiling));
    state.nextProbeAt = new Date(Date.now() + wait).toISOString();
    timer = setTimeout(() => {
      timer = null;
      void probe();
    }, wait);
    timer.unref();
  }

  /** The health probe: GET /tenant without a token. Any non-5xx, non-429 answer (401 included) is alive. */
  async function probe(): Promise<boolean> {
    state.lastProbeAt = new Date().toISOString();
    state.nextProbeAt = null;
    const result = await request('GET', '/tenant', {});
    const alive = result.ok && !isUnavailable(result.answer.status);
    if (alive) {
      failedProbes = 0;
      setState('up', null);
    } else {
      failedProbes += 1;
      setState('down', result.ok ? `upstream answered ${result.answer.status}` : result.reason);
      scheduleProbe();
    }
    return alive;
  }

  return {
    request,
    state: (): UpstreamState => ({ ...state }),
    isUp: () => state.state === 'up',
    /** A request failed for lack of upstream: mark it down and start probing. */
    markDown(reason: string) {
      setState('down', reason);
      scheduleProbe();
    },
    probe,
    close() {
      closed = true;
      agent.destroy();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
