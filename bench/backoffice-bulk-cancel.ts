/**
 * The bulk cancel's rate in the real app: an event with 500 paid orders, cancelled with its orders through
 * the UI in headless Chromium against the sandbox (default rate limits, as `npm start` runs it). Prints
 * orders per second from the confirm click to the summary, and the main thread's long tasks meanwhile.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../server/sandbox.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { sandboxApi } from '../tests/support/sandbox-api.ts';

const ORDERS = 500;
const GOAL_PER_SECOND = 50;
const LONG_TASK_MS = 50;

async function seed(api: ReturnType<typeof sandboxApi>, seller: ReturnType<typeof sandboxApi>) {
  const { eventId, ticketTypeId } = await api.openEvent({ name: 'Bench: bulk cancel', capacity: ORDERS * 2 });
  const pending = Array.from({ length: ORDERS }, (_, n) => n);
  const worker = async () => {
    for (let n = pending.shift(); n !== undefined; n = pending.shift()) {
      await seller.purchase(eventId, ticketTypeId, 1, `Bench buyer ${n}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return eventId;
}

/** Runs the bulk cancel once and prints its rate and the long tasks; `dist/` must hold a build. */
export async function measureBulkCancel(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caldasa-bench-bulk-'));
  const sandbox = await startSandbox({ port: 0, dataDir, staticDir: 'dist', quiet: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const api = sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken });
    const sellerToken = (await api.createToken('Admin', 'Bench seller')).token;
    const eventId = await seed(api, sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sellerToken }));
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(() => {
      const seen: Array<{ start: number; duration: number }> = [];
      Object.assign(window, { benchLongTasks: seen });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          seen.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${sandbox.appUrl}/admin/events/${eventId}`);
    await page.getByLabel('API address').fill(sandbox.apiUrl);
    await page.getByLabel('API token').fill(sandbox.adminToken);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: 'Cancel event' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Reason for cancelling the orders/).fill('Bench run');
    const started = await page.evaluate(() => performance.now());
    await dialog.getByRole('button', { name: 'Cancel event and orders' }).click();
    await page.getByRole('heading', { name: 'Orders cancelled' }).waitFor({ timeout: 120_000 });
    const ended = await page.evaluate(() => performance.now());
    const status = await page
      .getByRole('region', { name: 'Orders cancelled' })
      .getByRole('status')
      .textContent();
    const tasks = await page.evaluate(
      ([from, to]) =>
        (
          (window as unknown as { benchLongTasks: Array<{ start: number; duration: number }> })
            .benchLongTasks ?? []
        )
          .filter((t) => t.start >= (from ?? 0) && t.start <= (to ?? 0))
          .map((t) => ({ at: Math.round(t.start - (from ?? 0)), ms: Math.round(t.duration) })),
      [started, ended],
    );
    const seconds = (ended - started) / 1000;
    const rate = ORDERS / seconds;
    const longest = Math.max(0, ...tasks.map((t) => t.ms));
    console.log(
      `\nBulk cancel of an event with ${ORDERS} orders, in Chromium through the UI (goal ≥ ${GOAL_PER_SECOND}/s)`,
    );
    console.log(`summary: ${status?.trim()}`);
    console.log(
      `${seconds.toFixed(2)} s from confirm to summary = ${rate.toFixed(0)} orders/s   ${rate >= GOAL_PER_SECOND ? 'met' : 'MISSED'}`,
    );
    console.log(
      `main-thread tasks ≥ ${LONG_TASK_MS} ms meanwhile: ${tasks.length}${tasks.length ? ` (longest ${longest} ms; at+ms: ${tasks.map((t) => `${t.at}+${t.ms}`).join(', ')})` : ''}   ${tasks.length === 0 ? 'met' : 'MISSED'}`,
    );
  } finally {
    await browser.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
