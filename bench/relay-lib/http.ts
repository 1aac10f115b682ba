/** One keep-alive HTTP client for the relay benchmark's door devices, timing each request. */
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export interface Timed {
  status: number;
  text: string;
  ms: number;
  serverTiming: string | null;
}

/** Sends a request; a transport failure resolves with status 0, so no scan is silently dropped. */
export function send(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Timed> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(url, {
      method,
      agent,
      headers:
        body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('socket', (socket) => socket.setNoDelay(true));
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const timing = res.headers['server-timing'];
        const serverTiming = typeof timing === 'string' ? timing : null;
        resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started, serverTiming });
      });
    });
    req.on('error', () =>
      resolve({ status: 0, text: '', ms: performance.now() - started, serverTiming: null }),
    );
    req.end(body);
  });
}

export function closeAgent(): void {
  agent.destroy();
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
