/**
 * Signing out from the device menu: it asks, says how many scans still wait, keeps them, refuses another
 * server while they wait, and sends them after the next sign-in to the same server. The back-office
 * link is only in an admin's menu.
 */
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import { outcomesOf, pendingBadge, scanUnverified, waitUntilReadyOffline } from './offline-helpers.ts';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; global setup starts the sandbox.`);
  return value;
}

test('sign-out asks, keeps the waiting scans, and they sync after signing in to the same server', async ({
  page,
  context,
}) => {
  const api = sandboxApi();
  const { eventId, ticketTypeId } = await api.openEvent({ name: 'Sign-out night' });
  const { tickets } = await api.purchase(eventId, ticketTypeId, 2, 'Kept Guest');
  await openDoor(page, { eventId, door: 'North' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();
  await waitUntilReadyOffline(page);
  await context.setOffline(true);
  await scanUnverified(
    page,
    tickets.map((ticket) => ticket.token),
  );
  await expect(pendingBadge(page)).toHaveText('2 waiting to sync');

  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Back office' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out of this device?' });
  await expect(dialog).toContainText('2 scans still wait to be sent');
  await dialog.getByRole('button', { name: 'Keep scanning' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Ticket code')).toBeVisible();

  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Caldasa Door' })).toBeVisible();
  const note = page.getByTestId('waiting-scans-note');
  await expect(note).toContainText(
    `2 scans from this device still wait to be sent to ${env('SANDBOX_API_URL')}`,
  );
  await expect(page.getByLabel('API address')).toHaveValue(env('SANDBOX_API_URL'));

  await page.getByLabel('API address').fill('https://another-server.example/api');
  await page.getByLabel('API token').fill(env('SANDBOX_DOOR_TOKEN'));
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('alert')).toContainText('2 scans still wait for');

  await context.setOffline(false);
  await page.getByLabel('API address').fill(env('SANDBOX_API_URL'));
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 20_000 });
  for (const ticket of tickets) expect(await outcomesOf(eventId, ticket.ticketId)).toEqual(['Redeemed']);
});

test('an admin token finds the back office in the menu', async ({ page }) => {
  const { eventId } = await sandboxApi().openEvent({ name: 'Admin menu' });
  await openDoor(page, { eventId, door: 'North', doorToken: env('SANDBOX_ADMIN_TOKEN') });
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Back office' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Back office' })).toHaveCount(0);
});

test('a menu opened while the event loads stays open when the scan screen arrives', async ({ page }) => {
  const { eventId } = await sandboxApi().openEvent({ name: 'Slow event night' });
  // The event's details answer only once the menu is open, so the scan screen replaces the loading screen
  // under an open menu, as on a slow line.
  let release: () => void = () => undefined;
  const menuOpen = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/events/${eventId}`, async (route) => {
    await menuOpen;
    await route.continue();
  });
  await openDoor(page, { eventId, door: 'North' });
  await expect(page.getByText('Loading the event…')).toBeVisible();
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  release();
  await expect(page.getByLabel('Ticket code')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});
