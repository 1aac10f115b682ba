/**
 * The back office against the real sandbox: building an event through the UI, the report following sales
 * and a scan at the door, server validation on the right fields, refusals explained, the door token.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createCaldasaClient } from '../../src/lib/api/api-client.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import { utcToZonedInput } from '../../src/features/events/zoned-time.ts';

const env = (name: string) => process.env[name] ?? '';
const api = () => sandboxApi();
const ZONE = 'Europe/Amsterdam';
const MINUTE = 60_000;

async function connect(page: Page, path: string, token = env('SANDBOX_ADMIN_TOKEN')) {
  await page.goto(`${env('SANDBOX_URL')}${path}`);
  await page.getByLabel('API address').fill(env('SANDBOX_API_URL'));
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Connect' }).click();
}

function zoned(offsetMinutes: number): string {
  return utcToZonedInput(new Date(Date.now() + offsetMinutes * MINUTE).toISOString(), ZONE);
}

async function addTicketType(page: Page, name: string, price: string, quantity: string) {
  await page.getByRole('button', { name: 'Add ticket type' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add ticket type' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel(/^Price/).fill(price);
  await dialog.getByLabel('Quantity').fill(quantity);
  await dialog.getByRole('button', { name: 'Add ticket type' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

/** Door setup through the scanner's own screens, then one typed code. */
async function scanTyped(page: Page, eventName: string, token: string) {
  await page.goto(env('SANDBOX_URL'));
  await page.getByRole('button', { name: new RegExp(eventName) }).click();
  await page.getByLabel('Door name').fill('Main');
  await page.getByRole('button', { name: 'Start scanning' }).click();
  await page.getByLabel('Ticket code').fill(token);
  await page.getByRole('button', { name: 'Check code' }).click();
}

test('builds and publishes an event; the report follows purchases and a scan at the door', async ({
  page,
}) => {
  const name = `Backoffice journey ${Date.now()}`;
  await connect(page, '/admin');
  await page.getByRole('link', { name: 'New event' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Time zone').fill(ZONE);
  const startsAt = zoned(30);
  await page.getByLabel('Doors open').fill(zoned(-30));
  await page.getByLabel('Starts').fill(startsAt);
  await page.getByLabel('Ends').fill(zoned(240));
  await page.getByLabel('Capacity').fill('100');
  await page.getByRole('button', { name: 'Create event' }).click();

  await expect(page.getByRole('heading', { name: 'Ticket types' })).toBeVisible();
  await addTicketType(page, 'Standard', '25', '60');
  await addTicketType(page, 'VIP', '80', '20');
  await page.getByRole('link', { name: 'Details' }).click();
  // The times come back on the event's own clock, whatever the browser's zone.
  await page.getByRole('link', { name: 'Edit event' }).click();
  await expect(page.getByLabel('Starts')).toHaveValue(startsAt);
  await page.getByRole('link', { name: 'Details' }).click();
  await page.getByRole('button', { name: 'Publish event' }).click();
  const publish = page.getByRole('dialog', { name: `Publish ${name}?` });
  await expect(publish).toContainText('doors can start admitting');
  await publish.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('button', { name: 'Publish event' })).toBeHidden();
  await expect(page.getByRole('article', { name })).toContainText('Published');

  const eventId = new URL(page.url()).pathname.split('/')[3] ?? '';
  const client = createCaldasaClient(env('SANDBOX_API_URL'), env('SANDBOX_ADMIN_TOKEN'));
  const { data } = await client.GET('/events/{eventId}/ticket-types', { params: { path: { eventId } } });
  const standard = data?.items.find((t) => t.name === 'Standard')?.id ?? '';
  const vip = data?.items.find((t) => t.name === 'VIP')?.id ?? '';
  const bought = await api().purchase(eventId, standard, 3, 'Ada Lovelace');
  await api().purchase(eventId, vip, 2, 'Grace Hopper');

  await page.getByRole('link', { name: 'Sales', exact: true }).last().click();
  const totals = page.getByRole('definition');
  await expect(totals.nth(0)).toHaveText('5 of 80 (6%)');
  await expect(totals.nth(1)).toContainText('235.00');
  await expect(totals.nth(2)).toHaveText('0 of 5 (0%)');
  await expect(page.getByRole('row', { name: /^Standard/ })).toContainText('60');
  await expect(
    page.getByRole('img', { name: /Standard: 3 of 60 sold, 0 checked in; VIP: 2 of 20 sold/ }),
  ).toBeVisible();
  await expect(page.getByText('No check-ins yet.')).toBeVisible();

  await scanTyped(page, name, bought.tickets[0]?.token ?? '');
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();

  await page.goto(`${env('SANDBOX_URL')}/admin/events/${eventId}/sales`);
  await expect(page.getByRole('definition').nth(2)).toHaveText('1 of 5 (20%)');
  await expect(page.getByRole('img', { name: /Check-ins over time: 1 in total/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Standard: 3 of 60 sold, 1 checked in/ })).toBeVisible();
  await expect(page.getByText(/Last updated/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export report (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Standard,25,60,3,57,1,75');
  expect(csv).toContain('Total,,80,5,75,1,235');
});

test('server validation errors land on their fields and what was typed stays', async ({ page }) => {
  await connect(page, '/admin/events/new');
  await page.getByLabel('Name').fill('Validation event');
  await page.getByLabel('Starts').fill('2031-06-01T20:00');
  await page.getByLabel('Ends').fill('2031-06-01T19:00');
  await page.getByLabel('Capacity').fill('0');
  await page.getByRole('button', { name: 'Create event' }).click();

  const capacity = page.getByLabel('Capacity');
  await expect(capacity).toHaveAttribute('aria-invalid', 'true');
  await expect(capacity).toHaveAccessibleDescription(/at least 1/);
  await expect(page.getByLabel('Name')).toHaveValue('Validation event');

  await capacity.fill('50');
  await page.getByRole('button', { name: 'Create event' }).click();
  const ends = page.getByLabel('Ends');
  await expect(ends).toHaveAttribute('aria-invalid', 'true');
  await expect(ends).toHaveAccessibleDescription(/Must be after startsAt/);
  await expect(capacity).toHaveAttribute('aria-invalid', 'false');
  await expect(ends).toHaveValue('2031-06-01T19:00');
  await expect(page.getByRole('alert')).toContainText('The event was not saved');
});

test('deleting a ticket type with sales is refused, saying what to do instead', async ({ page }) => {
  const { eventId, ticketTypeId } = await api().openEvent({ name: `Delete refusal ${Date.now()}` });
  await api().purchase(eventId, ticketTypeId, 2, 'Buyer');
  await connect(page, `/admin/events/${eventId}/ticket-types`);
  await page.getByRole('button', { name: 'Delete GA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete GA?' });
  await dialog.getByRole('button', { name: 'Delete ticket type' }).click();
  await expect(dialog.getByRole('alert')).toContainText('cannot be deleted: 2 of its tickets are sold');
  await expect(dialog.getByRole('alert')).toContainText('set its quantity to 2');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete GA' })).toBeFocused();
  await expect(page.getByRole('row', { name: /^GA/ })).toBeVisible();
});

test('a door token gets an explanation and a way back to the scanner, not an error page', async ({
  page,
}) => {
  const { eventId } = await api().openEvent({ name: `Door token ${Date.now()}` });
  await connect(page, `/admin/events/${eventId}/orders`, env('SANDBOX_DOOR_TOKEN'));
  await expect(page.getByRole('heading', { name: 'This device can only scan' })).toBeVisible();
  await expect(
    page.getByText('This device is signed in with a door token, which can only scan.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to the scanner' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the events list searches by name, filters by status and shows sold of capacity', async ({ page }) => {
  const prefix = `Listing ${Date.now()}`;
  const { eventId, ticketTypeId } = await api().openEvent({ name: `${prefix} published`, capacity: 300 });
  await api().purchase(eventId, ticketTypeId, 4, 'Buyer');
  await api().createEvent({ name: `${prefix} draft`, capacity: 50 });
  await connect(page, '/admin');
  await page.getByLabel('Search events').fill(prefix);
  const rows = page.getByRole('row', { name: new RegExp(prefix) });
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('row', { name: new RegExp(`${prefix} published`) })).toContainText('4 of 300');
  await page.getByLabel('Status').selectOption('Draft');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Draft');
  await rows.first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: `${prefix} draft` })).toBeVisible();
});

test("moving between back-office screens puts keyboard focus on the new screen's heading", async ({
  page,
}) => {
  const { eventId } = await api().openEvent({ name: `Focus ${Date.now()}` });
  await connect(page, `/admin/events/${eventId}`);
  const nav = page.getByRole('navigation', { name: 'Back office' });
  await nav.getByRole('link', { name: 'Sales' }).click();
  await expect(page.getByRole('heading', { name: 'Sales overview' })).toBeFocused();
  await nav.getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeFocused();
});
