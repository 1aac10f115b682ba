/** Shared steps of the back-office journeys: connecting as the admin, and buying orders with names. */
import type { Page } from '@playwright/test';
import { sandboxApi } from '../support/sandbox-api.ts';

export const env = (name: string) => process.env[name] ?? '';
export const api = () => sandboxApi();

export async function connect(page: Page, path: string, token = env('SANDBOX_ADMIN_TOKEN')) {
  await page.goto(`${env('SANDBOX_URL')}${path}`);
  await page.getByLabel('API address').fill(env('SANDBOX_API_URL'));
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Connect' }).click();
}

/** An open event with `count` one-ticket orders named `${prefix} 1`…, bought with a token of their own. */
export async function eventWithOrders(name: string, count: number, prefix = 'Guest') {
  const { eventId, ticketTypeId } = await api().openEvent({ name, capacity: Math.max(1000, count) });
  const seller = await api().createToken('Admin', `Seller ${name}`);
  const buyer = sandboxApi({ adminToken: seller.token });
  const pending = Array.from({ length: count }, (_, n) => n + 1);
  const worker = async () => {
    for (let n = pending.shift(); n !== undefined; n = pending.shift()) {
      await buyer.purchase(eventId, ticketTypeId, 1, `${prefix} ${n}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { eventId, ticketTypeId };
}
