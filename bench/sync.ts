/**
 * Sync figures: 5,000 queued scans of distinct valid tickets sync against a sandbox through the app's own
 * queue in real Chromium. Prints the time and rate, the counts (nothing lost, nothing redeemed twice, from
 * the audit log), the longest main-thread task during the sync, the precache size, and the offline
 * cold-start time to a usable scanner.
 *
 *   npm run bench:sync [-- scans [dist]]      (needs a build in dist/: npx vite build)
 *
 * The scans are written straight into the app's IndexedDB journal as `pending` facts, exactly as the
 * scanner leaves them after a shift offline, then the queue screen's "Sync now" starts the sync.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startSandbox } from '../server/sandbox.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { sandboxApi, type SandboxApi } from '../tests/support/sandbox-api.ts';
import { measureColdStarts, median } from './cold-start.ts';
import { countJournal, insertPendingScans, watchLongTasks, type BenchScan } from './sync-page.ts';

const SCANS = Number(process.argv[2] ?? 5_000);
// A second argument names another build to measure (e.g. an older commit's dist/, built in a worktree).
const DIST = process.argv[3] ?? 'dist';
const COLD_STARTS = 7;

/** Bytes of every file the service worker precaches, from the manifest injected into dist/sw.js. */
export function precacheBytes(dist = DIST): { files: number; bytes: number } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g), ...sw.matchAll(/"url":"([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const unique = [...new Set(urls)];
  return {
    files: unique.length,
    bytes: unique.reduce((sum, url) => sum + statSync(join(dist, url)).size, 0),
  };
}

async function buyTickets(api: SandboxApi, eventId: string, ticketTypeId: string, count: number) {
  const tokens: string[] = [];
  for (let bought = 0; bought < count; bought += 50) {
    const { tickets } = await api.purchase(
      eventId,
      ticketTypeId,
      Math.min(50, count - bought),
      `Bench ${bought}`,
    );
    tokens.push(...tickets.map((ticket) => ticket.token));
  }
  return tokens;
}

async function openDoorPage(page: Page, appUrl: string, storage: Record<string, unknown>) {
  await page.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
  }, storage);
  await page.goto(appUrl);
  await page.getByLabel('Ticket code').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

async function waitForSync(page: Page, total: number): Promise<void> {
  for (;;) {
    const counts = await page.evaluate(countJournal);
    if ((counts.pending ?? 0) + (counts.sending ?? 0) === 0 && counts.total === total) return;
    await page.waitForTimeout(50);
  }
}

async function main() {
  if (!existsSync(join(DIST, 'sw.js'))) throw new Error('No build in dist/: run `npx vite build` first.');
  const dir = await mkdtemp(join(tmpdir(), 'caldasa-bench-sync-'));
  const sandbox = await startSandbox({
    port: 0,
    dataDir: dir,
    staticDir: DIST,
    quiet: true,
    rateLimit: { burst: 1_000_000, refillPerSecond: 1_000_000 },
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const api = sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken });
    const event = await api.createEvent({ name: 'Sync bench', capacity: SCANS + 100 });
    const ticketType = await api.addTicketType(event.id, { quantity: SCANS + 100 });
    await api.publishEvent(event.id);
    const tokens = await buyTickets(api, event.id, ticketType.id, SCANS);

    const context = await browser.newContext();
    const page = await context.newPage();
    await openDoorPage(page, sandbox.appUrl, {
      'caldasa-door:connection': { baseUrl: sandbox.apiUrl, token: sandbox.doorToken },
      'caldasa-door:door-setup': { eventId: event.id, door: 'Bench', recentDoors: ['Bench'], vipLanes: {} },
    });
    await page.getByRole('link', { name: 'Scan queue' }).click();
    const scans: BenchScan[] = tokens.map((token) => ({ token, eventId: event.id, door: 'Bench' }));
    await page.evaluate(insertPendingScans, scans);
    await page.evaluate(watchLongTasks);

    const started = performance.now();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await waitForSync(page, SCANS);
    const seconds = (performance.now() - started) / 1000;
    const counts = await page.evaluate(countJournal);
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

    const audit = await api.audit(event.id);
    const redeemedPerTicket = new Map<string, number>();
    for (const entry of audit) {
      if (entry.outcome === 'Redeemed' && entry.ticketId) {
        redeemedPerTicket.set(entry.ticketId, (redeemedPerTicket.get(entry.ticketId) ?? 0) + 1);
      }
    }
    const twice = [...redeemedPerTicket.values()].filter((n) => n > 1).length;

    // Offline cold start: a new page with no network, served by the service worker, to a usable scanner.
    await page.close();
    await context.setOffline(true);
    const cold = await measureColdStarts(context, sandbox.appUrl, COLD_STARTS);
    const precache = precacheBytes();

    console.log(
      `Sync bench: ${SCANS} queued scans, distinct valid tickets, real Chromium, sandbox on 127.0.0.1`,
    );
    console.log(`  time                 ${seconds.toFixed(2)} s`);
    console.log(`  rate                 ${(SCANS / seconds).toFixed(0)} scans/s (goal ≥ 250)`);
    console.log(
      `  journal              ${counts.total} scans: ${counts.done} done, ${counts.refused} refused, ${counts.conflict} conflict, ${counts.pending} pending`,
    );
    console.log(
      `  audit                ${redeemedPerTicket.size} tickets redeemed, ${twice} redeemed twice, ${audit.length} audit rows`,
    );
    console.log(`  nothing lost         ${counts.total === SCANS && counts.done === SCANS ? 'yes' : 'NO'}`);
    console.log(
      `  longest task         ${Math.max(0, ...longTasks).toFixed(0)} ms (${longTasks.length} tasks ≥ 50 ms during sync)`,
    );
    console.log(`  precache             ${precache.files} files, ${(precache.bytes / 1024).toFixed(1)} KiB`);
    const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(', ');
    console.log(
      `  offline cold start   median of ${COLD_STARTS}, browser already running: ${median(cold.outsideMs).toFixed(0)} ms to a usable scanner as the bench sees it (${list(cold.outsideMs)})`,
    );
    console.log(
      `                       ${median(cold.inPageMs).toFixed(0)} ms in the page, navigation to the ticket field shown (${list(cold.inPageMs)})`,
    );
  } finally {
    await browser.close();
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
