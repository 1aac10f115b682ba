/**
 * The installable app: Chrome finds nothing missing for installation, and a new version waits for the
 * scan queue to be empty before staff can apply it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { precompressFile } from '../../scripts/precompress-plugin.ts';
import { startSandbox } from '../../server/sandbox.ts';
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import { pendingBadge, scanUnverified, waitUntilReadyOffline } from './offline-helpers.ts';

test('Chrome reports no installability errors and reads the manifest', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'caldasa-install-'));
  // Installability is only reported for a real profile; an incognito context answers "in-incognito".
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(process.env.SANDBOX_URL!);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
      name: 'Caldasa Door',
      display: 'standalone',
      shortcuts: [{ name: 'Scan' }, { name: 'Sales', url: '/admin/sales' }],
    });
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('once the service worker controls the page, API requests go straight to the network', async ({
  page,
}) => {
  const { eventId, ticketTypeId } = await sandboxApi().openEvent({ name: 'Static routing' });
  const [ticket] = (await sandboxApi().purchase(eventId, ticketTypeId, 1, 'Routed Guest')).tickets;
  await openDoor(page, { eventId, door: 'Main' });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.getByLabel('Ticket code').fill(ticket!.token);
  await page.getByRole('button', { name: 'Check code' }).click();
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  // Chromium's resource timing says which source answered: the redeem never waited for the worker.
  const routed = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('/api/tickets/redeem'))
      .map(
        (entry) =>
          (entry as PerformanceResourceTiming & { workerMatchedSourceType?: string }).workerMatchedSourceType,
      ),
  );
  expect(routed).toContain('network');
  expect(routed).not.toContain('fetch-event');
});

test('a new version waits until the queue is empty, then applies when staff tap it', async ({ page }) => {
  // A sandbox of our own, serving a copy of the build we can change into "version 2".
  const dir = await mkdtemp(join(tmpdir(), 'caldasa-update-'));
  await cp('dist', join(dir, 'app'), { recursive: true });
  const sandbox = await startSandbox({
    port: 0,
    dataDir: join(dir, 'data'),
    staticDir: join(dir, 'app'),
    quiet: true,
  });
  try {
    const api = sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken });
    const { eventId, ticketTypeId } = await api.openEvent({ name: 'Update night' });
    const [ticket] = (await api.purchase(eventId, ticketTypeId, 1, 'Waiting Guest')).tickets;
    const door = {
      eventId,
      door: 'North',
      appUrl: sandbox.appUrl,
      apiUrl: sandbox.apiUrl,
      doorToken: sandbox.doorToken,
    };
    await openDoor(page, door);
    await waitUntilReadyOffline(page);
    await page.reload(); // now the page is controlled by version 1
    await expect(page.getByLabel('Ticket code')).toBeVisible();

    // The server is struggling: the scan waits in the queue.
    await page.route('**/api/tickets/redeem', (route) =>
      route.fulfill({
        status: 503,
        headers: { 'Retry-After': '1' },
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Busy', status: 503 }),
      }),
    );
    await scanUnverified(page, [ticket!.token]);
    await expect(pendingBadge(page)).toHaveText('1 waiting to sync');

    const worker = join(dir, 'app', 'sw.js');
    await writeFile(worker, `${await readFile(worker, 'utf8')}\n// version 2\n`);
    // The sandbox sends the build's precompressed copies: deploy version 2 of those as well.
    precompressFile(worker);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const banner = page.getByRole('region', { name: 'Update ready' });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await expect(banner.getByRole('button', { name: 'Update now' })).toBeDisabled();
    await expect(banner).toContainText(
      '1 scan waits to sync. The update can be applied once the queue is empty.',
    );

    await page.unroute('**/api/tickets/redeem');
    await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 20_000 });
    await expect(banner.getByRole('button', { name: 'Update now' })).toBeEnabled();
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Update now' }).click(),
    ]);
    await expect(page.getByRole('region', { name: 'Update ready' })).toHaveCount(0);
    const waiting = await page.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)),
    );
    expect(waiting).toBe(false);
  } finally {
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  }
});
