/**
 * `npm run bench:backoffice`: with 20,000 tickets (400 orders of 50) on one event, the server time of the
 * back office's heaviest reads — the first orders page, an orders search and the sales report — as p50/p95
 * over 100 sequential requests each, over HTTP on loopback. Then the gzip size of the scanner's first load
 * beside the back office's lazy chunks, from a fresh `vite build`, and the bulk cancel's rate for an event
 * with 500 orders in the built app (bench/backoffice-bulk-cancel.ts). Pass --no-build to reuse dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../server/sandbox.ts';
import { sandboxApi } from '../tests/support/sandbox-api.ts';
import { measureBulkCancel } from './backoffice-bulk-cancel.ts';
import { bundleSizes } from './backoffice-bundle.ts';

const ORDERS = 400;
const PER_ORDER = 50;
const RUNS = 100;
const WARM_UP = 10;
const GOAL_P95_MS = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function seed(api: ReturnType<typeof sandboxApi>) {
  const event = await api.createEvent({ name: 'Bench: 20,000 tickets', capacity: ORDERS * PER_ORDER });
  const type = await api.addTicketType(event.id, { name: 'Bulk', quantity: ORDERS * PER_ORDER });
  await api.publishEvent(event.id);
  const pending = Array.from({ length: ORDERS }, (_, n) => n);
  const worker = async () => {
    for (let n = pending.shift(); n !== undefined; n = pending.shift()) {
      await api.purchase(event.id, type.id, PER_ORDER, `Bulk buyer ${n}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return event.id;
}

async function time(url: string, token: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    if (i >= WARM_UP) samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

async function measureApi(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caldasa-bench-bo-'));
  // The bench measures the server, not the per-token rate limit.
  const sandbox = await startSandbox({
    port: 0,
    dataDir,
    quiet: true,
    rateLimit: { burst: 1e9, refillPerSecond: 1e9 },
  });
  try {
    const api = sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken });
    const seeding = performance.now();
    const eventId = await seed(api);
    console.log(
      `Seeded ${ORDERS * PER_ORDER} tickets in ${ORDERS} orders in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
    const base = `${sandbox.apiUrl}/events/${eventId}`;
    const cases: Array<[string, string]> = [
      ['first orders page (25 orders, 1,250 tickets)', `${base}/ticket-orders?page=1&pageSize=25`],
      [
        'orders search "bulk buyer 377"',
        `${base}/ticket-orders?page=1&pageSize=25&search=bulk%20buyer%20377`,
      ],
      ['sales report', `${base}/sales-report`],
    ];
    console.log(
      `\nServer time over HTTP on loopback, ${RUNS} sequential requests after ${WARM_UP} warm-up (goal p95 < ${GOAL_P95_MS} ms)`,
    );
    console.log('request                                          p50 ms   p95 ms   goal');
    for (const [label, url] of cases) {
      const samples = await time(url, sandbox.adminToken);
      const p50 = percentile(samples, 50);
      const p95 = percentile(samples, 95);
      console.log(
        `${label.padEnd(48)} ${p50.toFixed(2).padStart(6)}   ${p95.toFixed(2).padStart(6)}   ${p95 < GOAL_P95_MS ? 'met' : 'MISSED'}`,
      );
    }
  } finally {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function build(): void {
  if (process.argv.includes('--no-build')) return;
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

function printBundles(): void {
  const sizes = bundleSizes('dist');
  console.log('\nBundle sizes (gzip, from dist/)');
  console.log(
    `scanner first load (entry + preloads): ${sizes.entry.kb} KB gzip  [${sizes.entry.files.join(', ')}]`,
  );
  console.log(
    `scanner before first paint (+ English): ${sizes.firstPaint.kb} KB gzip  (goal < 120; then ${sizes.afterPaint.kb} KB of workbox-window)`,
  );
  console.log(
    `back office (lazy chunks):             ${sizes.backOffice.kb} KB gzip  [${sizes.backOffice.files.join(', ')}]`,
  );
  console.log(
    `entry chunk imports back-office code:  ${sizes.entryHasBackOffice ? 'YES (regression)' : 'no'}`,
  );
}

build();
await measureApi();
await measureBulkCancel();
printBundles();
