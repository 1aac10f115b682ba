/**
 * A closed-loop HTTP load generator: N workers, each with its own keep-alive connection (an Agent with
 * one socket) and its own API token, each sending the next request as soon as the last one answered.
 */
import { Agent, request } from 'node:http';

export interface Worker {
  token: string;
  /** The next request body, or null when this worker has nothing left to send. */
  next(): unknown;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  latenciesMs: number[];
  outcomes: Map<string, number>;
  errors: number;
}

function post(
  agent: Agent,
  url: URL,
  token: string,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function outcomeOf(status: number, text: string): string {
  if (status !== 200) return `HTTP ${status}`;
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null && 'outcome' in parsed
    ? String(parsed.outcome)
    : 'unknown';
}

/** Runs the workers against `url` until `durationMs` passes or every worker runs dry. */
export async function runLoad(url: string, workers: Worker[], durationMs: number): Promise<LoadResult> {
  const target = new URL(url);
  const result: LoadResult = { requests: 0, seconds: 0, latenciesMs: [], outcomes: new Map(), errors: 0 };
  const started = performance.now();
  const deadline = started + durationMs;
  const loop = async (worker: Worker) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let body = worker.next(); body !== null && performance.now() < deadline; body = worker.next()) {
      const sent = performance.now();
      try {
        const answer = await post(agent, target, worker.token, JSON.stringify(body));
        result.latenciesMs.push(performance.now() - sent);
        const outcome = outcomeOf(answer.status, answer.text);
        result.outcomes.set(outcome, (result.outcomes.get(outcome) ?? 0) + 1);
      } catch {
        result.errors += 1;
      }
      result.requests += 1;
    }
    agent.destroy();
  };
  await Promise.all(workers.map(loop));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** The p-th percentile (0–100) of the values, by nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
