/**
 * Orders in the back office against the real sandbox: search by name, email and order number, paging,
 * order detail, resend, export, cancelling (the door then refuses the ticket), and 20,000 tickets.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sandboxApi } from '../support/sandbox-api.ts';

const env = (name: string) => process.env[name] ?? '';
const api = () => sandboxApi();

interface Purchase {
  orderNumber: string;
  tickets: Array<{ token: string }>;
}

/** A purchase with its own customer email (the shared helper uses one address for everybody). */
async function buy(
  token: string,
  eventId: string,
  ticketTypeId: string,
  quantity: number,
  who: string,
  email: string,
) {
  for (;;) {
    const response = await fetch(`${env('SANDBOX_API_URL')}/_sandbox/purchases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ eventId, ticketTypeId, quantity, customerName: who, customerEmail: email }),
    });
    // The sandbox rate-limits per token; waiting as told is part of its contract.
    if (response.status === 429) {
      await new Promise((resolve) =>
        setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000),
      );
      continue;
    }
    expect(response.status, await response.clone().text()).toBe(201);
    const body: unknown = await response.json();
    const orderNumber =
      body && typeof body === 'object' && 'orderNumber' in body ? String(body.orderNumber) : '';
    const tickets =
      body && typeof body === 'object' && 'tickets' in body && Array.isArray(body.tickets)
        ? body.tickets
        : [];
    return {
      orderNumber,
      tickets: tickets.map((t: unknown) => ({
        token: t && typeof t === 'object' && 'token' in t ? String(t.token) : '',
      })),
    } satisfies Purchase;
  }
}

async function connect(page: Page, path: string) {
  await page.goto(`${env('SANDBOX_URL')}${path}`);
  await page.getByLabel('API address').fill(env('SANDBOX_API_URL'));
  await page.getByLabel('API token').fill(env('SANDBOX_ADMIN_TOKEN'));
  await page.getByRole('button', { name: 'Connect' }).click();
}

async function search(page: Page, text: string, expectedCount: string) {
  await page.getByLabel('Search orders').fill(text);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^[\d,]+ orders?$/ })
      .first(),
  ).toHaveText(`${expectedCount} ${expectedCount === '1' ? 'order' : 'orders'}`);
}

test('finds orders by name, email and order number, pages through them, and shows, resends and exports', async ({
  page,
}) => {
  const { eventId, ticketTypeId } = await api().openEvent({ name: `Orders search ${Date.now()}` });
  const token = env('SANDBOX_ADMIN_TOKEN');
  for (let n = 1; n <= 30; n += 1) {
    await buy(token, eventId, ticketTypeId, 1, `Guest ${n}`, `guest${n}@example.com`);
  }
  const ada = await buy(token, eventId, ticketTypeId, 2, 'Ada Lovelace', 'ada@lovelace.example');

  await connect(page, `/admin/events/${eventId}/orders`);
  await expect(page.getByText('31 orders')).toBeVisible();
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  await expect(page.getByRole('button', { name: ada.orderNumber })).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  await expect(page.getByRole('row', { name: /Guest 1 guest1@example.com/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

  await search(page, 'Ada Love', '1');
  await search(page, 'ADA@LOVELACE', '1');
  await search(page, ada.orderNumber, '1');
  await search(page, 'guest2', '11');
  await search(page, ada.orderNumber, '1');

  await page.getByRole('button', { name: ada.orderNumber }).click();
  const detail = page.getByRole('dialog', { name: `Order ${ada.orderNumber}` });
  await expect(detail).toContainText('ada@lovelace.example');
  await expect(detail.getByRole('table', { name: 'Tickets in this order' }).getByRole('row')).toHaveCount(3);
  await detail.getByRole('button', { name: 'Resend QR codes' }).click();
  await expect(detail.getByRole('status')).toHaveText(
    'Sent 2 tickets to Ada Lovelace <ada@lovelace.example>.',
  );

  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(detail).toBeHidden();
  await search(page, '', '31');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export orders (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.trim().split('\r\n')).toHaveLength(1 + 32);
  expect(csv).toContain(`${ada.orderNumber},Paid,Ada Lovelace,ada@lovelace.example`);
});

test('cancelling an order needs a reason, marks its tickets cancelled, and the door refuses them', async ({
  page,
}) => {
  const name = `Cancel order ${Date.now()}`;
  const { eventId, ticketTypeId } = await api().openEvent({ name });
  const order = await buy(
    env('SANDBOX_ADMIN_TOKEN'),
    eventId,
    ticketTypeId,
    1,
    'Alan Turing',
    'alan@example.com',
  );

  await connect(page, `/admin/events/${eventId}/orders`);
  await page.getByRole('button', { name: order.orderNumber }).click();
  const detail = page.getByRole('dialog', { name: `Order ${order.orderNumber}` });
  await detail.getByRole('button', { name: 'Cancel order' }).click();
  const dialog = page.getByRole('dialog', { name: `Cancel order ${order.orderNumber}?` });
  await expect(dialog).toContainText('doors will refuse them');
  await dialog.getByRole('button', { name: 'Cancel order' }).click();
  await expect(dialog.getByLabel('Reason (required)')).toHaveAccessibleDescription(/Enter a reason/);
  await dialog.getByLabel('Reason (required)').fill('Refund requested');
  await dialog.getByRole('button', { name: 'Cancel order' }).click();
  await expect(dialog).toBeHidden();
  await expect(detail.getByRole('row', { name: /Alan Turing/ })).toContainText('Cancelled');
  await expect(detail).toContainText('Refund requested');

  await page.goto(env('SANDBOX_URL'));
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByLabel('Door name').fill('Side');
  await page.getByRole('button', { name: 'Start scanning' }).click();
  await page.getByLabel('Ticket code').fill(order.tickets[0]?.token ?? '');
  await page.getByRole('button', { name: 'Check code' }).click();
  await expect(page.getByRole('heading', { name: 'Refused' })).toBeVisible();
  await expect(page.getByText('This ticket was cancelled.').first()).toBeVisible();
});

test('an event with 20,000 tickets: the first page and a search both render', async ({ page }) => {
  test.setTimeout(240_000);
  const event = await api().createEvent({ name: `Big event ${Date.now()}`, capacity: 20_000 });
  const eventId = event.id;
  const ticketTypeId = (await api().addTicketType(eventId, { name: 'Bulk', quantity: 20_000 })).id;
  await api().publishEvent(eventId);
  const seeder = await api().createToken('Admin', 'Bulk seeder');
  const pending = Array.from({ length: 400 }, (_, n) => n);
  const worker = async () => {
    for (let n = pending.shift(); n !== undefined; n = pending.shift()) {
      await buy(seeder.token, eventId, ticketTypeId, 50, `Bulk buyer ${n}`, `bulk${n}@example.com`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));

  await connect(page, `/admin/events/${eventId}/orders`);
  await expect(page.getByText('400 orders')).toBeVisible();
  await expect(page.getByText('Page 1 of 16')).toBeVisible();
  await expect(page.getByRole('row', { name: /Bulk buyer 399/ })).toContainText('50');
  await search(page, 'bulk123@', '1');
  await expect(page.getByRole('row', { name: /Bulk buyer 123/ })).toBeVisible();

  await page.getByRole('link', { name: 'Sales', exact: true }).last().click();
  await expect(page.getByRole('definition').first()).toHaveText('20,000 of 20,000 (100%)');
});
