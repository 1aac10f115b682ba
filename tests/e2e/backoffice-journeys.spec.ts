/**
 * Back-office journeys a box-office manager takes: a time zone picked by name, an order opened where the
 * eye is on a tablet, times that say their zone, the check-ins chart's axes, and list state in the URL.
 */
import { expect, test } from '@playwright/test';
import { utcToZonedInput } from '../../src/features/events/zoned-time.ts';
import { api, connect, env, eventWithOrders } from './backoffice-helpers.ts';

const HOUR = 3_600_000;

test('the zone picker refuses a misspelling and stores the canonical name, the venue zone first', async ({
  page,
}) => {
  await connect(page, '/admin/events/new');
  await expect(page.locator('datalist option').first()).toHaveAttribute('value', 'Europe/Amsterdam');
  const zone = 'America/New_York';
  await page.getByLabel('Name').fill(`Zone picker ${Date.now()}`);
  await page.getByLabel('Starts').fill(utcToZonedInput(new Date(Date.now() + 48 * HOUR).toISOString(), zone));
  await page.getByLabel('Ends').fill(utcToZonedInput(new Date(Date.now() + 50 * HOUR).toISOString(), zone));
  await page.getByLabel('Capacity').fill('200');
  let posted = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/events')) posted += 1;
  });
  const zoneField = page.getByLabel('Time zone');
  await zoneField.fill('America/New_Yrok');
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(zoneField).toHaveAccessibleDescription(/There is no time zone called “America\/New_Yrok”/);
  await expect(zoneField).toHaveAccessibleDescription(/Did you mean America\/New_York\?/);
  expect(posted).toBe(0);

  await zoneField.fill('america/new_york');
  await zoneField.blur();
  await expect(zoneField).toHaveValue('America/New_York');
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('heading', { name: 'Ticket types' })).toBeVisible();
  const eventId = new URL(page.url()).pathname.split('/')[3] ?? '';
  const stored = await fetch(`${env('SANDBOX_API_URL')}/events/${eventId}`, {
    headers: { authorization: `Bearer ${env('SANDBOX_ADMIN_TOKEN')}` },
  }).then((r) => r.json());
  expect(stored.timeZone).toBe('America/New_York');
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('an opened order is drawn inside the viewport, takes focus, and gives it back on close', async ({
    page,
  }) => {
    const { eventId } = await eventWithOrders(`Order sheet ${Date.now()}`, 26);
    await connect(page, `/admin/events/${eventId}/orders`);
    await expect(page.getByText('26 orders')).toBeVisible();
    const rows = page.getByRole('row').filter({ has: page.getByRole('button') });
    const last = rows.last().getByRole('button');
    await last.scrollIntoViewIfNeeded();
    const orderNumber = (await last.textContent()) ?? '';
    await last.click();
    const sheet = page.getByRole('dialog', { name: `Order ${orderNumber}` });
    await expect(sheet).toBeVisible();
    const box = await sheet.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(820);
    expect(box!.y + box!.height).toBeLessThanOrEqual(1180);
    await expect(sheet.getByRole('heading', { name: `Order ${orderNumber}` })).toBeFocused();
    await expect(sheet.getByRole('button', { name: 'Cancel order' })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(last).toBeFocused();
  });
});

test.describe('on a device in Amsterdam', () => {
  test.use({ timezoneId: 'Europe/Amsterdam' });

  test("times name the event's zone when it is not the device's, and only then", async ({ page }) => {
    const start = '2031-03-10T00:30:00.000Z';
    const ny = await api().createEvent({
      name: `New York ${Date.now()}`,
      timeZone: 'America/New_York',
      startsAt: start,
      doorsOpenAt: start,
      endsAt: '2031-03-10T03:00:00.000Z',
    });
    const ams = await api().createEvent({
      name: `Amsterdam ${Date.now()}`,
      timeZone: 'Europe/Amsterdam',
      startsAt: start,
      doorsOpenAt: start,
      endsAt: '2031-03-10T03:00:00.000Z',
    });
    await connect(page, `/admin/events/${ny.id}`);
    await expect(page.getByRole('definition').nth(1)).toHaveText('9 Mar 2031, 20:30 (New York time)');
    await page.goto(`${env('SANDBOX_URL')}/admin/events/${ams.id}`);
    await expect(page.getByRole('definition').nth(1)).toHaveText('10 Mar 2031, 01:30');
  });
});

test("the check-ins chart ticks on bucket boundaries in the event's zone, counting in whole numbers", async ({
  page,
}) => {
  const zone = 'America/New_York';
  const { eventId, ticketTypeId } = await api().openEvent({ name: `Chart ${Date.now()}`, timeZone: zone });
  const bought = await api().purchase(eventId, ticketTypeId, 3, 'Chart Guest');
  for (const ticket of bought.tickets) {
    await api().redeem(env('SANDBOX_DOOR_TOKEN'), {
      bookableEventId: eventId,
      token: ticket.token,
      door: 'Main',
    });
  }
  await connect(page, `/admin/events/${eventId}/sales`);
  const chart = page.locator('.bo-uplot');
  await expect(chart).toHaveAttribute('data-x-ticks', /\d/);
  const xTicks = ((await chart.getAttribute('data-x-ticks')) ?? '').split(' | ');
  const yTicks = ((await chart.getAttribute('data-y-ticks')) ?? '').split(' | ');
  for (const label of xTicks) expect(label).toMatch(/^(\d{1,2} [A-Z][a-z]{2} )?\d{2}:\d{2}$/);
  expect(xTicks.every((label) => Number(label.slice(-2)) % 5 === 0)).toBe(true);
  const bucket = new Date(Math.floor(Date.now() / 300_000) * 300_000);
  const inZone = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(bucket);
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'short' }).format(
    bucket,
  );
  expect(xTicks.some((label) => label.endsWith(inZone))).toBe(true);
  expect(xTicks[0]).toContain(day);
  expect(yTicks.length).toBeGreaterThan(1);
  for (const label of yTicks) expect(label).toMatch(/^\d+$/);
  await expect(page.getByRole('img', { name: /Check-ins over time: 3 in total/ })).toBeVisible();
});

test('search, filters, sort and page live in the URL: kept on reload and undone by Back', async ({
  page,
}) => {
  const { eventId } = await eventWithOrders(`URL state ${Date.now()}`, 30, 'Smith');
  await connect(page, `/admin/events/${eventId}/orders`);
  await page.getByLabel('Search orders').fill('smith');
  await expect(page).toHaveURL(/q=smith/);
  await page.getByLabel('Order status').selectOption('Paid');
  await page.getByLabel('Sort by').selectOption('name');
  await expect(page.getByRole('row').nth(1)).toContainText('Smith 1');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  await expect(page).toHaveURL(/page=2/);

  await page.reload();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  await expect(page.getByLabel('Search orders')).toHaveValue('smith');
  await expect(page.getByLabel('Order status')).toHaveValue('Paid');
  await expect(page.getByLabel('Sort by')).toHaveValue('name');
  await expect(page.getByText('30 orders')).toBeVisible();

  await page.goBack();
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  await expect(page.getByLabel('Sort by')).toHaveValue('name');
  await page.goBack();
  await expect(page.getByLabel('Sort by')).toHaveValue('newest');

  const shared = new URL(page.url());
  shared.search = '?page=2&q=smith&sort=oldest';
  await page.goto(shared.toString());
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  await expect(page.getByRole('row').last()).toContainText('Smith');
  await expect(page.getByLabel('Sort by')).toHaveValue('oldest');
});
