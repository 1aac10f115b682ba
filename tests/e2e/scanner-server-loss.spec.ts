/**
 * A door whose server goes away or stops accepting its token mid-session. Each test runs its own sandbox,
 * so stopping it does not disturb other tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startSandbox, type RunningSandbox } from '../../server/sandbox.ts';
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';

async function typeCode(page: Page, code: string) {
  // The verdict is a modal: the field takes typing once it has gone.
  await expect(page.locator('dialog.verdict')).toHaveCount(0);
  await page.getByLabel('Ticket code').fill(code);
  await page.getByRole('button', { name: 'Check code' }).click();
}

const dirs: string[] = [];
async function ownSandbox(port = 0): Promise<RunningSandbox> {
  const dataDir = await mkdtemp(join(tmpdir(), 'caldasa-server-loss-'));
  dirs.push(dataDir);
  return startSandbox({ port, dataDir, staticDir: 'dist', quiet: true });
}

test.afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A door on its own sandbox that has admitted one guest, with a second ticket left to scan. */
async function doorWithTwoTickets(page: Page, sandbox: RunningSandbox) {
  const own = sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken });
  const { eventId, ticketTypeId } = await own.openEvent({ name: 'Server goes away' });
  const [first, second] = (await own.purchase(eventId, ticketTypeId, 2, 'Before Outage')).tickets;
  const { appUrl, apiUrl, doorToken } = sandbox;
  await openDoor(page, { appUrl, apiUrl, doorToken, eventId, door: 'Back' });
  await typeCode(page, first!.token);
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  return second!.token;
}

test('when the server stops mid-session the next scan is saved as not verified', async ({ page }) => {
  const sandbox = await ownSandbox();
  try {
    const next = await doorWithTwoTickets(page, sandbox);
    await sandbox.close();
    await typeCode(page, next);
    await expect(page.getByRole('heading', { name: 'Saved offline — not verified' })).toBeVisible();
    await expect(
      page.getByText('Let the guest in; the ticket is checked as soon as the network is back.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Scan next' }).click();
    await expect(page.getByText('Server not answering')).toBeVisible();
    await expect(page.getByLabel('Ticket code')).toBeEditable();
  } finally {
    await sandbox.close().catch(() => undefined);
  }
});

test('a token the server stops accepting blocks the door with "sign in again"', async ({ page }) => {
  const sandbox = await ownSandbox();
  let replacement: RunningSandbox | null = null;
  try {
    const next = await doorWithTwoTickets(page, sandbox);
    await sandbox.close();
    // A fresh tenant on the same address: the device's token is now unknown there, so it answers 401.
    replacement = await ownSandbox(sandbox.port);
    await typeCode(page, next);
    await expect(
      page.getByText(/no longer accepts this device’s token\. Sign in again; scans already made are kept/),
    ).toBeVisible();
    await expect(page.getByLabel('API token')).toBeVisible();
    // The scan is kept on the device, waiting for the new sign-in.
    await expect(page.getByText('1 waiting: sign in again')).toBeVisible();
  } finally {
    await replacement?.close();
    await sandbox.close().catch(() => undefined);
  }
});
