/**
 * The door without a working camera: the recovery screen when access is denied, typed codes, a hardware
 * scanner, doors-open overrides and the VIP lane.
 */
import type { Page } from '@playwright/test';
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import { scannerTypes } from '../support/hardware-scanner.ts';

const api = () => sandboxApi();
const MINUTE = 60_000;

async function typeCode(page: Page, code: string) {
  // The verdict is a modal: the field takes typing once it has gone.
  await expect(page.locator('dialog.verdict')).toHaveCount(0);
  await page.getByLabel('Ticket code').fill(code);
  await page.getByRole('button', { name: 'Check code' }).click();
}

test('a denied camera shows how to fix it on Android and iOS, and typed entry works', async ({ camera }) => {
  const { eventId, ticketTypeId } = await api().openEvent({ name: 'No camera' });
  const [ticket] = (await api().purchase(eventId, ticketTypeId, 1, 'Typed Guest')).tickets;
  const page = await camera.open([{ seconds: 1 }], { grantCamera: false });
  await openDoor(page, { eventId, door: 'Side' });

  await expect(page.getByRole('heading', { name: 'Camera access is blocked' })).toBeVisible();
  await expect(page.getByText('Permissions → Camera → Allow').first()).toBeVisible();
  await expect(page.getByText('Settings → Safari → Camera')).toBeVisible();

  await typeCode(page, '   ');
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'The code is empty. Nothing was sent.' }),
  ).toBeVisible();

  await typeCode(page, ticket!.token);
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Admitted' })).toContainText('Typed Guest');
});

test('a hardware scanner typing at scanner speed is redeemed without touching a field', async ({ page }) => {
  const { eventId, ticketTypeId } = await api().openEvent({ name: 'Wedge' });
  const [ticket] = (await api().purchase(eventId, ticketTypeId, 1, 'Wedge Guest')).tickets;
  await openDoor(page, { eventId, door: 'Main' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();

  await scannerTypes(page, ticket!.token);
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Admitted' })).toContainText('Wedge Guest');
  await expect(page.getByLabel('Ticket code')).toHaveValue('');
});

test('doors not open: override with a note admits the guest', async ({ page }) => {
  const now = Date.now();
  const { eventId, ticketTypeId } = await api().openEvent({
    name: 'Early arrival',
    doorsOpenAt: new Date(now + 42 * MINUTE).toISOString(),
    startsAt: new Date(now + 60 * MINUTE).toISOString(),
  });
  const [ticket] = (await api().purchase(eventId, ticketTypeId, 1, 'Early Guest')).tickets;
  await openDoor(page, { eventId, door: 'Stage' });

  await typeCode(page, ticket!.token);
  await expect(page.getByRole('heading', { name: 'Doors not open yet' })).toBeVisible();
  await expect(page.getByText(/Doors open \d\d:\d\d( \S+)? \(in 4[12] min\)/)).toBeVisible();
  await page.getByLabel('Note for the audit log (optional)').fill('Band member');
  await page.getByRole('button', { name: 'Override' }).click();

  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  const audit = await api().scanAudit(eventId);
  // Every scan carries its time and device from the first attempt (so a retry is the same request).
  expect(audit.map((entry) => [entry.outcome, entry.override, entry.notes])).toEqual([
    ['DoorsNotOpen', false, expect.stringMatching(/^Scanned \S+ on Door device \w{4}$/)],
    ['Redeemed', true, expect.stringMatching(/^Band member · Scanned \S+ on Door device \w{4}$/)],
  ]);
});

test('the VIP lane admits before doors open and the audit log shows the override and the note', async ({
  page,
}) => {
  const now = Date.now();
  const { eventId, ticketTypeId } = await api().openEvent({
    name: 'VIP night',
    doorsOpenAt: new Date(now + 2 * 60 * MINUTE).toISOString(),
    startsAt: new Date(now + 3 * 60 * MINUTE).toISOString(),
  });
  const [ticket] = (await api().purchase(eventId, ticketTypeId, 1, 'Very Important')).tickets;
  await openDoor(page, { eventId, door: 'VIP' });

  await page.getByRole('switch', { name: 'VIP lane' }).check();
  await expect(page.getByText('VIP lane on')).toBeVisible();
  await page.getByLabel('VIP lane note').fill('Guest list');
  await typeCode(page, ticket!.token);

  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  const audit = await api().scanAudit(eventId);
  expect(audit.map((entry) => [entry.outcome, entry.override, entry.notes, entry.door])).toEqual([
    ['Redeemed', true, expect.stringMatching(/^Guest list · Scanned \S+ on Door device \w{4}$/), 'VIP'],
  ]);
});
