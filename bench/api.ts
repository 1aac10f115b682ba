/**
 * `npm run bench:api`: redeem throughput and latency against a sandbox in its own process. Each
 * connection is a door device with its own token (the rate limit is per token, as at a real venue) and
 * redeems distinct, valid tickets, so every request takes the full write path. A final contested run
 * sends one token from 50 connections at once and checks that exactly one is Redeemed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sandboxApi } from '../tests/support/sandbox-api.ts';
import { percentile, runLoad, type LoadResult, type Worker } from './lib/load.ts';

const LEVELS = [1, 10, 50];
const RUN_MS = 5_000;
// Enough distinct tickets that no run ends early: 15 s of runs at up to ~7,000 redeems/s, plus margin.
const TICKETS = 120_000;
const GOAL = { throughput: 3_000, p99Ms: 50 };

async function startChild(
  dataDir: string,
): Promise<{ child: ChildProcess; apiUrl: string; adminToken: string }> {
  const script = join(import.meta.dirname, 'lib', 'sandbox-child.ts');
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []),
      '--import',
      'tsx',
      script,
      dataDir,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const info = JSON.parse(line) as { apiUrl: string; adminToken: string };
    return { child, ...info };
  }
  throw new Error('The sandbox process exited before it started.');
}

async function buyTickets(
  api: ReturnType<typeof sandboxApi>,
  eventId: string,
  ticketTypeId: string,
): Promise<string[]> {
  const tokens: string[] = [];
  const batches = Array.from({ length: TICKETS / 50 }, (_, i) => i);
  for (let i = 0; i < batches.length; i += 20) {
    const orders = await Promise.all(
      batches.slice(i, i + 20).map(() => api.purchase(eventId, ticketTypeId, 50)),
    );
    for (const order of orders) tokens.push(...order.tickets.map((t) => t.token));
  }
  return tokens;
}

function row(label: string, result: LoadResult): string {
  const rate = result.requests / result.seconds;
  const outcomes = [...result.outcomes].map(([k, v]) => `${k} ${v}`).join(', ');
  const cells = [
    label,
    String(result.requests),
    rate.toFixed(0),
    percentile(result.latenciesMs, 50).toFixed(2),
    percentile(result.latenciesMs, 99).toFixed(2),
    outcomes + (result.errors ? `, errors ${result.errors}` : ''),
  ];
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caldasa-bench-'));
  const { child, apiUrl, adminToken } = await startChild(dataDir);
  try {
    const api = sandboxApi({ apiUrl, adminToken });
    const event = await api.createEvent({ name: 'Bench night', capacity: 1_000_000 });
    const type = await api.addTicketType(event.id, { quantity: 1_000_000 });
    await api.publishEvent(event.id);
    const tickets = await buyTickets(api, event.id, type.id);
    // Kept aside before the timed runs, so the contested run always has a fresh ticket.
    const contested = tickets.pop()!;
    const doors = await Promise.all(
      Array.from({ length: 50 }, (_, i) => api.createToken('Door', `Bench device ${i + 1}`)),
    );
    console.log(
      `Sandbox ready: ${tickets.length} tickets, ${doors.length} door tokens. ${RUN_MS / 1000} s per run.\n`,
    );
    console.log('| connections | requests | redeems/s | p50 ms | p99 ms | outcomes |');
    console.log('|---|---|---|---|---|---|');
    const redeemUrl = `${apiUrl}/tickets/redeem`;
    const results = new Map<number, LoadResult>();
    for (const connections of LEVELS) {
      const workers: Worker[] = doors.slice(0, connections).map((door) => ({
        token: door.token,
        next: () => {
          const token = tickets.pop();
          return token === undefined ? null : { bookableEventId: event.id, token, door: 'Bench' };
        },
      }));
      const result = await runLoad(redeemUrl, workers, RUN_MS);
      results.set(connections, result);
      console.log(row(String(connections), result));
      if (tickets.length === 0) console.log('(ran out of tickets: this run ended early; raise TICKETS)');
    }
    const once = doors.map((door) => {
      let sent = false;
      return {
        token: door.token,
        next: () => (sent ? null : ((sent = true), { bookableEventId: event.id, token: contested })),
      };
    });
    const race = await runLoad(redeemUrl, once, RUN_MS);
    console.log(row('50, one token', race));
    const top = results.get(50)!;
    const rate = top.requests / top.seconds;
    const p99 = percentile(top.latenciesMs, 99);
    const single = race.outcomes.get('Redeemed') === 1 && race.outcomes.get('AlreadyRedeemed') === 49;
    console.log(
      `\nContested token: ${single ? 'exactly one Redeemed, 49 AlreadyRedeemed' : 'FAILED: ' + JSON.stringify([...race.outcomes])}`,
    );
    console.log(
      `Goal at 50 connections: >= ${GOAL.throughput}/s and p99 < ${GOAL.p99Ms} ms: ${rate >= GOAL.throughput && p99 < GOAL.p99Ms ? 'met' : 'NOT met'} (${rate.toFixed(0)}/s, p99 ${p99.toFixed(2)} ms).`,
    );
    if (!single) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
