/**
 * The offline journey: a device that visited once opens with no network, scans, and puts everything
 * right when the network returns; the audit log keeps when each guest really came in.
 */
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import {
  openQueue,
  pendingBadge,
  stateCount,
  scanUnverified,
  ticketAudit,
  waitUntilReadyOffline,
} from './offline-helpers.ts';

test('opens offline from the service worker, keeps three scans, and syncs them when the network returns', async ({
  page,
  context,
}) => {
  const api = sandboxApi();
  const { eventId, ticketTypeId } = await api.openEvent({ name: 'Offline night' });
  const { tickets } = await api.purchase(eventId, ticketTypeId, 3, 'Offline Guest');
  await openDoor(page, { eventId, door: 'North' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();
  await waitUntilReadyOffline(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: /Event: Offline night/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Door: North/ })).toBeVisible();

  const scannedFrom = new Date();
  await scanUnverified(
    page,
    tickets.map((ticket) => ticket.token),
  );
  await expect(pendingBadge(page)).toHaveText('3 waiting to sync');
  const syncFrom = new Date();

  await context.setOffline(false);
  await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 20_000 });
  await openQueue(page);
  await expect(stateCount(page, 'Admitted (verified)')).toHaveText('3');
  await expect(
    page
      .getByRole('list', { name: 'Latest scans' })
      .getByRole('listitem')
      .filter({ hasText: 'Offline Guest' }),
  ).toHaveCount(3);

  const audit = await ticketAudit(eventId);
  expect(audit.map((entry) => entry.outcome)).toEqual(['Redeemed', 'Redeemed', 'Redeemed']);
  for (const entry of audit) {
    const scannedAt = /^Scanned (\S+) on Door device \w{4}$/.exec(entry.notes ?? '')?.[1];
    expect(scannedAt, entry.notes ?? 'no notes').toBeDefined();
    const scanned = Date.parse(scannedAt!);
    expect(scanned).toBeGreaterThanOrEqual(scannedFrom.getTime() - 1_000);
    expect(scanned).toBeLessThanOrEqual(syncFrom.getTime());
    expect(Date.parse(entry.attemptedAt)).toBeGreaterThanOrEqual(syncFrom.getTime() - 1_000);
    expect(entry.door).toBe('North');
  }
});

test('the venue’s offline policy and this device’s name, set once, show on the amber verdict and in the audit', async ({
  page,
  context,
}) => {
  const api = sandboxApi();
  const { eventId, ticketTypeId } = await api.openEvent({ name: 'Hold policy' });
  const [ticket] = (await api.purchase(eventId, ticketTypeId, 1, 'Held Guest')).tickets;
  await openDoor(page, { eventId, door: 'South' });
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: /Hold the guest/ }).check();
  await page.getByLabel('Device name').fill('Tablet at South gate');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('link', { name: 'Scan', exact: true }).click();
  await expect(page.getByLabel('Ticket code')).toBeVisible();

  await context.setOffline(true);
  await page.getByLabel('Ticket code').fill(ticket!.token);
  await page.getByRole('button', { name: 'Check code' }).click();
  await expect(
    page.getByText('Hold the guest: ask them to wait until the ticket can be checked.'),
  ).toBeVisible();
  await expect(pendingBadge(page)).toHaveText('1 waiting to sync');
  await context.setOffline(false);
  await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 20_000 });
  const [entry] = await ticketAudit(eventId);
  expect(entry?.notes).toMatch(/^Scanned \S+ on Tablet at South gate$/);
});
