/**
 * `npm run bench:api`: redeem throughput and latency, three servers in their own processes, one run:
 *
 * - the sandbox quiet (warnings only, rate limit lifted) at 1, 10 and 50 connections, and a contested
 *   run (one token from 50 connections at once: exactly one may be Redeemed);
 * - the sandbox exactly as `npm start` runs it (request logs on, rate limits on, the built app served);
 * - a minimal fastify + better-sqlite3 redeem server (bench/lib/minimal-redeem-server.ts).
 *
 * Shipped and minimal take turns at 50 connections, ROUNDS times, so both see the same machine load;
 * the ratio is the median of the rounds. Each connection is a door device with its own token and redeems
 * distinct, valid tickets, so every request takes the full write path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { percentile, runLoad, type LoadResult, type Worker } from './lib/load.ts';
import { createRedeemFixtures, type RedeemFixtures } from './lib/redeem-fixtures.ts';
import { startShippedServer } from './lib/shipped-server.ts';

const LEVELS = [1, 10, 50];
const TOP = 50;
const ROUNDS = 3;
const RUN_MS = 5_000;
// Enough distinct tickets that no timed run ends early (runs of 5 s at up to ~12,000 redeems/s).
const QUIET_TICKETS = 150_000;
const SHIPPED_TICKETS = 150_000;
const MINIMAL_TICKETS = 400_000;
const GOAL = { ratio: 0.6, p99Ms: 30 };

/** Spawns a bench child that prints one JSON line when it is ready. */
async function startChild(script: string, args: string[]): Promise<{ child: ChildProcess; info: unknown }> {
  const path = join(import.meta.dirname, 'lib', script);
  const child = spawn(process.execPath, ['--import', 'tsx', path, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout! }))
    return { child, info: JSON.parse(line) };
  throw new Error(`${script} exited before it started.`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

function urlOf(info: unknown, key: 'apiUrl' | 'url'): string {
  const value =
    typeof info === 'object' && info !== null && key in info ? info[key as keyof typeof info] : '';
  if (typeof value !== 'string' || value === '') throw new Error(`The bench child printed no ${key}.`);
  return value;
}

function workersFor(fixtures: RedeemFixtures, connections: number): Worker[] {
  return fixtures.doorTokens.slice(0, connections).map((token) => ({
    token,
    next: () => {
      const ticket = fixtures.tickets.pop();
      return ticket === undefined
        ? null
        : { bookableEventId: fixtures.eventId, token: ticket, door: 'Bench' };
    },
  }));
}

function minimalWorkers(connections: number, counter: { next: number }): Worker[] {
  return Array.from({ length: connections }, () => ({
    token: 'unused',
    next: () => (counter.next >= MINIMAL_TICKETS ? null : { token: `m-${counter.next++}`, door: 'Bench' }),
  }));
}

const rate = (result: LoadResult) => result.requests / result.seconds;
const p99 = (result: LoadResult) => percentile(result.latenciesMs, 99);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

function row(server: string, connections: string, result: LoadResult): string {
  const outcomes = [...result.outcomes].map(([k, v]) => `${k} ${v}`).join(', ');
  const cells = [
    server,
    connections,
    String(result.requests),
    rate(result).toFixed(0),
    percentile(result.latenciesMs, 50).toFixed(2),
    p99(result).toFixed(2),
    outcomes + (result.errors ? `, errors ${result.errors}` : ''),
  ];
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'caldasa-bench-'));
  const dirs = { quiet: join(root, 'quiet'), shipped: join(root, 'shipped'), minimal: join(root, 'minimal') };
  for (const dir of Object.values(dirs)) mkdirSync(dir);
  const quiet = await startChild('sandbox-child.ts', [dirs.quiet]);
  const minimal = await startChild('minimal-redeem-server.ts', [dirs.minimal, String(MINIMAL_TICKETS)]);
  const shipped = await startShippedServer(dirs.shipped);
  try {
    const quietFixtures = createRedeemFixtures(dirs.quiet, QUIET_TICKETS, TOP);
    const shippedFixtures = createRedeemFixtures(dirs.shipped, SHIPPED_TICKETS, TOP);
    // Kept aside before the timed runs, so the contested run always has a fresh ticket.
    const contested = quietFixtures.tickets.pop()!;
    console.log(`Ready: three servers, ${RUN_MS / 1000} s per run. Load average before: ${load()}.\n`);
    console.log('| server | connections | requests | redeems/s | p50 ms | p99 ms | outcomes |');
    console.log('|---|---|---|---|---|---|---|');
    const quietUrl = `${urlOf(quiet.info, 'apiUrl')}/tickets/redeem`;
    for (const connections of LEVELS) {
      const result = await runLoad(quietUrl, workersFor(quietFixtures, connections), RUN_MS);
      console.log(row('quiet', String(connections), result));
    }
    const once = quietFixtures.doorTokens.map((token) => {
      let sent = false;
      const body = { bookableEventId: quietFixtures.eventId, token: contested };
      return { token, next: () => (sent ? null : ((sent = true), body)) };
    });
    const race = await runLoad(quietUrl, once, RUN_MS);
    console.log(row('quiet', '50, one token', race));

    const shippedUrl = `${shipped.apiUrl}/tickets/redeem`;
    const minimalUrl = urlOf(minimal.info, 'url');
    const counter = { next: 0 };
    const ratios: number[] = [];
    const shippedRuns: LoadResult[] = [];
    const linesBefore = shipped.logLines();
    for (let round = 1; round <= ROUNDS; round += 1) {
      const base = await runLoad(minimalUrl, minimalWorkers(TOP, counter), RUN_MS);
      console.log(row(`minimal (round ${round})`, String(TOP), base));
      const asShipped = await runLoad(shippedUrl, workersFor(shippedFixtures, TOP), RUN_MS);
      console.log(row(`npm start (round ${round})`, String(TOP), asShipped));
      shippedRuns.push(asShipped);
      ratios.push(rate(asShipped) / rate(base));
    }
    // The request log may be written asynchronously: give it a moment to land before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const logLines = shipped.logLines() - linesBefore;
    const shippedRequests = shippedRuns.reduce((sum, run) => sum + run.requests, 0);

    const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
    const worstP99 = Math.max(...shippedRuns.map(p99));
    const single = race.outcomes.get('Redeemed') === 1 && race.outcomes.get('AlreadyRedeemed') === TOP - 1;
    console.log(`\nLoad average after: ${load()}.`);
    console.log(
      `Contested token: ${single ? 'exactly one Redeemed, 49 AlreadyRedeemed' : 'FAILED: ' + JSON.stringify([...race.outcomes])}`,
    );
    console.log(`Request log of npm start: ${logLines} lines for ${shippedRequests} redeems.`);
    console.log(
      `npm start / minimal at ${TOP} connections: ${ratios.map((r) => r.toFixed(2)).join(', ')}; median ${median.toFixed(2)}.`,
    );
    const met = median >= GOAL.ratio && worstP99 < GOAL.p99Ms;
    console.log(
      `Goal as shipped: >= ${GOAL.ratio}x minimal and p99 < ${GOAL.p99Ms} ms: ${met ? 'met' : 'NOT met'} (median ${median.toFixed(2)}x, worst p99 ${worstP99.toFixed(2)} ms).`,
    );
    if (!single) process.exitCode = 1;
  } finally {
    await Promise.all([stopChild(quiet.child), stopChild(minimal.child), shipped.stop()]);
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
