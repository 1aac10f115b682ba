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
  await expect(totals.nth(0)).toHaveText('5 of 100 (5%)');
  await expect(page.getByText('The ticket types offer 80 tickets in total')).toBeVisible();
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

test("the event form shows every error at once in the person's words, and still maps the server's", async ({
  page,
}) => {
  await connect(page, '/admin/events/new');
  await page.getByLabel('Time zone').fill('America/New_York');
  await page.getByLabel('Starts').fill('2031-06-01T20:00');
  await page.getByLabel('Ends').fill('2031-06-01T19:00');
  await page.getByLabel('Capacity').fill('0');
  let posted = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/events')) posted += 1;
  });
  await page.getByRole('button', { name: 'Create event' }).click();

  const name = page.getByLabel('Name');
  const ends = page.getByLabel('Ends');
  const capacity = page.getByLabel('Capacity');
  await expect(name).toHaveAccessibleDescription("Enter the event's name.");
  await expect(ends).toHaveAccessibleDescription(/The end must be after the start \(1 Jun 2031, 20:00/);
  await expect(capacity).toHaveAccessibleDescription(/at least 1/);
  await expect(page.getByRole('alert')).toContainText('The event was not saved');
  const shown = await page.locator('.bo-form').innerText();
  expect(shown).not.toMatch(/startsAt|endsAt|\d{2}:\d{2}(:\d{2})?(\.\d+)?Z/);
  expect(posted).toBe(0);

  // A fixed field loses its message at once; the others stay.
  await ends.fill('2031-06-01T23:00');
  await expect(ends).toHaveAttribute('aria-invalid', 'false');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('Validation event');
  await capacity.fill('50');
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(ends).toHaveValue('2031-06-01T23:00');
});

test("a server refusal lands on its field in the form's words and goes once the field is edited", async ({
  page,
}) => {
  const { eventId, ticketTypeId } = await api().openEvent({
    name: `Server refusal ${Date.now()}`,
    capacity: 50,
  });
  await api().purchase(eventId, ticketTypeId, 4, 'Buyer');
  await connect(page, `/admin/events/${eventId}/edit`);
  const capacity = page.getByLabel('Capacity');
  await capacity.fill('2');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(capacity).toHaveAttribute('aria-invalid', 'true');
  await expect(capacity).toHaveAccessibleDescription(/below the 4 tickets already sold/);
  await capacity.fill('10');
  await expect(capacity).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '4 of 50' })).toBeVisible();
});

test("the forms hold the contract's limits: a too-long name and a huge quantity are said before sending", async ({
  page,
}) => {
  const { eventId } = await api().openEvent({ name: `Limits ${Date.now()}` });
  await connect(page, `/admin/events/${eventId}/ticket-types`);
  let posted = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/ticket-types')) posted += 1;
  });
  await page.getByRole('button', { name: 'Add ticket type' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add ticket type' });
  const name = dialog.getByLabel('Name');
  const quantity = dialog.getByLabel('Quantity');
  await name.fill('Balcony '.repeat(13));
  await dialog.getByLabel(/^Price/).fill('12.50');
  await quantity.fill('2000000');
  await dialog.getByRole('button', { name: 'Add ticket type' }).click();
  await expect(name).toHaveAccessibleDescription('At most 100 characters.');
  // Focus goes to the first field marked wrong, which a phone on its side may have scrolled away.
  await expect(name).toBeFocused();
  await expect(quantity).toHaveAccessibleDescription(/At most 1,000,000\./);
  expect(posted).toBe(0);

  // What was typed stays; fixed, each message goes and the type is added.
  await expect(dialog.getByLabel(/^Price/)).toHaveValue('12.50');
  await name.fill('Balcony');
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await quantity.fill('120');
  await dialog.getByRole('button', { name: 'Add ticket type' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Balcony/ })).toBeVisible();
  expect(posted).toBe(1);
});

test('a ticket type with sales offers no Delete and says why beforehand; a cancelled event offers no edits', async ({
  page,
}) => {
  const { eventId, ticketTypeId } = await api().openEvent({ name: `Delete refusal ${Date.now()}` });
  await api().addTicketType(eventId, { name: 'Unsold', quantity: 10 });
  await api().purchase(eventId, ticketTypeId, 2, 'Buyer');
  await connect(page, `/admin/events/${eventId}/ticket-types`);
  const ga = page.getByRole('row', { name: /^GA/ });
  await expect(ga).toContainText('Cannot be deleted: 2 tickets are sold');
  await expect(ga).toContainText('set its quantity to 2');
  await expect(page.getByRole('button', { name: 'Delete GA' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete Unsold' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Unsold?' });
  await dialog.getByRole('button', { name: 'Delete ticket type' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /^Unsold/ })).toHaveCount(0);

  await api().cancelEvent(eventId);
  await page.reload();
  await expect(ga).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Edit|Delete|Add)/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Details' }).click();
  await expect(page.getByRole('link', { name: 'Edit event' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel event' })).toHaveCount(0);
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
  const nav = page.getByRole('navigation', { name: 'Back office' });
  await expect(nav.getByRole('link', { name: 'Events' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Sales' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign in as someone else' }).click();
  // The same question as the door's sign-out: it says what happens to scans still waiting.
  const question = page.getByRole('dialog', { name: 'Sign out of this device?' });
  await expect(question).toContainText('Every scan on this device has reached the server.');
  await question.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByLabel('API token')).toBeVisible();
  await page.getByLabel('API address').fill(env('SANDBOX_API_URL'));
  await page.getByLabel('API token').fill(env('SANDBOX_DOOR_TOKEN'));
  await page.getByRole('button', { name: 'Connect' }).click();
  // Connected (the sign-in form is gone) before the address bar is used.
  await expect(page.getByLabel('API token')).toHaveCount(0);
  await page.goto(`${env('SANDBOX_URL')}/admin`);
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
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeFocused();
});
