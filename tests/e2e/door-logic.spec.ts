/**
 * The door's logic over a shift (issue 8): a hardware scanner works wherever focus is, codes are sent as
 * read or refused on the full screen, counts follow guests, and a new sign-in never sees the old one's role.
 */
import type { Page } from '@playwright/test';
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import { admitAndHold, HELD_WORDS, typeCode } from './offline-helpers.ts';
import { scannerTypes } from '../support/hardware-scanner.ts';

const api = () => sandboxApi();
const MINUTE = 60_000;

const wedgeScan = (page: Page, code: string) => scannerTypes(page, code);

test('a hardware scanner is taken after tapping the Sound switch and the VIP lane switch', async ({
  page,
}) => {
  const { eventId, ticketTypeId } = await api().openEvent({ name: 'Switches' });
  const [first, second, third] = (await api().purchase(eventId, ticketTypeId, 3, 'Switch Guest')).tickets;
  await openDoor(page, { eventId, door: 'Main' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();

  const sound = page.getByRole('switch', { name: 'Sound' });
  await sound.click();
  await expect(sound).toBeFocused();
  await wedgeScan(page, first!.token);
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  await expect(sound).not.toBeChecked();
  await page.getByRole('button', { name: 'Scan next' }).click();

  const vip = page.getByRole('switch', { name: 'VIP lane' });
  await vip.click();
  await expect(vip).toBeFocused();
  await wedgeScan(page, second!.token);
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  await expect(vip).toBeChecked();
  await page.getByRole('button', { name: 'Scan next' }).click();

  // In a text field a person's typing stays there, but a scanner burst still goes to the scanner.
  const note = page.getByLabel('VIP lane note');
  await note.fill('Guest list');
  await note.focus();
  await wedgeScan(page, third!.token);
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  await expect(note).toHaveValue('Guest list');
  const audit = await api().scanAudit(eventId);
  expect(audit.map((entry) => entry.outcome)).toEqual(['Redeemed', 'Redeemed', 'Redeemed']);
});

test('a code of 3,000 characters gets a full-screen refusal, and nothing is sent', async ({ page }) => {
  const { eventId } = await api().openEvent({ name: 'Long code' });
  await openDoor(page, { eventId, door: 'Main' });
  await typeCode(page, 'x'.repeat(3_000));
  const verdict = page.getByRole('dialog', { name: 'Refused' });
  await expect(verdict).toBeVisible();
  await expect(verdict).toContainText('This code has 3,000 characters; a ticket code has at most 512.');
  expect(await api().scanAudit(eventId)).toEqual([]);
});

test('a camera code with a control character is sent as read, not spelled "<BEL>"', async ({ camera }) => {
  const { eventId } = await api().openEvent({ name: 'Control character' });
  const code = 'ab\u0007cd-not-a-ticket';
  const page = await camera.open([{ seconds: 1 }, { qr: code, seconds: 1.5 }, { seconds: 6 }]);
  const sent: unknown[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/tickets/redeem')) sent.push(request.postDataJSON());
  });
  await openDoor(page, { eventId, door: 'Main' });
  await expect(page.getByRole('heading', { name: 'Refused' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('dialog', { name: 'Refused' })).toContainText('Unknown ticket');
  expect(sent).toContainEqual(expect.objectContaining({ token: code }));
  const audit = await api().scanAudit(eventId);
  expect(audit.map((entry) => entry.outcome)).toEqual(['NotFound']);
});

test('an overridden doors-not-open guest counts once, as admitted; already used has its own count', async ({
  page,
}) => {
  const now = Date.now();
  const { eventId, ticketTypeId } = await api().openEvent({
    name: 'Counting',
    doorsOpenAt: new Date(now + 42 * MINUTE).toISOString(),
    startsAt: new Date(now + 60 * MINUTE).toISOString(),
  });
  const [ticket] = (await api().purchase(eventId, ticketTypeId, 1, 'Counted Guest')).tickets;
  await openDoor(page, { eventId, door: 'Stage' });
  await typeCode(page, ticket!.token);
  await expect(page.getByRole('heading', { name: 'Doors not open yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Override' }).click();
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  await page.getByRole('button', { name: 'Scan next' }).click();
  await typeCode(page, ticket!.token);
  await expect(page.getByRole('heading', { name: 'Already used' })).toBeVisible();
  await page.getByRole('button', { name: 'Scan next' }).click();

  const session = page.getByRole('region', { name: 'This session' });
  await expect(session.getByRole('term')).toHaveText(['Admitted', 'Already used', 'Refused', 'Not verified']);
  await expect(session.getByRole('definition')).toHaveText(['1', '1', '0', '0']);
});

test('the wrong-event refusal says its sentence once', async ({ page }) => {
  const { eventId } = await api().openEvent({ name: 'Here tonight' });
  const other = await api().openEvent({ name: 'Elsewhere' });
  const [foreign] = (await api().purchase(other.eventId, other.ticketTypeId)).tickets;
  await openDoor(page, { eventId, door: 'Main' });
  await typeCode(page, foreign!.token);
  const verdict = page.getByRole('dialog', { name: 'Refused' });
  await expect(verdict).toContainText('This ticket is for another event: Elsewhere.');
  await expect(verdict.getByText(/for another event/)).toHaveCount(1);
});

test('after the admin sign-in is replaced by a door token, the role is read afresh: no admin back office', async ({
  page,
}) => {
  const apiUrl = process.env.SANDBOX_API_URL!;
  await page.goto(`${process.env.SANDBOX_URL}/admin`);
  await page.getByLabel('API address').fill(apiUrl);
  await page.getByLabel('API token').fill(process.env.SANDBOX_ADMIN_TOKEN!);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('navigation', { name: 'Back office' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This device can only scan' })).toHaveCount(0);
  // Let the app save its query cache (it does a moment after queries settle), as a device used all day has.
  await page.waitForTimeout(1_500);

  // The device is handed over with a door token put in place of the admin's (as provisioning does).
  const door = { baseUrl: apiUrl, token: process.env.SANDBOX_DOOR_TOKEN! };
  await page.evaluate(
    (stored) => localStorage.setItem('caldasa-door:connection', stored),
    JSON.stringify(door),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'This device can only scan' })).toBeVisible();
  await expect(page.getByLabel('Search events')).toHaveCount(0);
});

test('a tap keeps the green verdict until "Scan next"; the next code still clears itself', async ({
  page,
}) => {
  const { eventId, ticketTypeId } = await api().openEvent({ name: 'Held verdict' });
  const tickets = (await api().purchase(eventId, ticketTypeId, 3, 'Held Guest')).tickets;
  const [next] = (await api().purchase(eventId, ticketTypeId, 1, 'Next Guest')).tickets;
  await openDoor(page, { eventId, door: 'Main' });
  await admitAndHold(
    page,
    tickets.map((ticket) => ticket.token),
  );
  const dialog = page.getByRole('dialog', { name: 'Admitted' });
  // Twice the time green is shown on its own.
  await page.waitForTimeout(3_000);
  await expect(dialog).toContainText(HELD_WORDS);

  // A hardware scanner's next code replaces it, and that green clears itself again.
  await wedgeScan(page, next!.token);
  await expect(dialog).toContainText('Next Guest');
  await expect(dialog).not.toContainText(HELD_WORDS);
  await expect(dialog).toHaveCount(0, { timeout: 5_000 });
});
