/**
 * Cancelling an event cancels its orders in the same step: a bulk run with a progress bar that a lost
 * connection pauses and a reload resumes, every order cancelled exactly once (counted through the API).
 */
import { expect, test } from '@playwright/test';
import { api, connect, env, eventWithOrders } from './backoffice-helpers.ts';

const ORDERS = 400;
const REASON = 'Show cancelled by the artist';

async function ordersOf(eventId: string, status: 'Paid' | 'Cancelled') {
  const items: Array<{ cancellationReason: string | null }> = [];
  for (let page = 1; ; page += 1) {
    const answer = await fetch(
      `${env('SANDBOX_API_URL')}/events/${eventId}/ticket-orders?status=${status}&pageSize=200&page=${page}`,
      { headers: { authorization: `Bearer ${env('SANDBOX_ADMIN_TOKEN')}` } },
    ).then((r) => r.json());
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.totalCount) return items;
  }
}

test('a bulk cancel interrupted by going offline resumes after a reload, cancelling each order once', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const name = `Bulk cancel ${Date.now()}`;
  const { eventId } = await eventWithOrders(name, ORDERS);
  await connect(page, `/admin/events/${eventId}`);
  await expect(page.getByRole('definition').filter({ hasText: /^400$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel event' }).click();
  const dialog = page.getByRole('dialog', { name: `Cancel ${name}?` });
  await expect(dialog.getByLabel('Also cancel its 400 paid orders')).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel event and orders' }).click();
  await expect(dialog.getByLabel(/Reason for cancelling the orders/)).toHaveAccessibleDescription(
    /Enter a reason/,
  );
  await dialog.getByLabel(/Reason for cancelling the orders/).fill(REASON);
  await dialog.getByRole('button', { name: 'Cancel event and orders' }).click();

  const progress = page.getByRole('progressbar', { name: 'Orders done' });
  await page.waitForFunction(() => (document.querySelector('progress')?.value ?? 0) >= 40, null, {
    polling: 'raf',
    timeout: 60_000,
  });
  await context.setOffline(true);
  const panel = page.getByRole('region', { name: 'Cancelling all orders' });
  await expect(panel).toContainText('Paused: the server could not be reached');
  const doneWhenLost = Number(await progress.getAttribute('value'));
  expect(doneWhenLost).toBeGreaterThan(0);
  expect(doneWhenLost).toBeLessThan(ORDERS);

  await context.setOffline(false);
  await page.reload();
  await expect(panel).toContainText('Paused: the server could not be reached');
  // Answers of requests in flight when the line dropped may still land after the pause: the reloaded page
  // shows at least what was done then, and never more than the server has cancelled.
  const status = (await panel.getByRole('status').textContent()) ?? '';
  const doneAtReload = Number(/(\d+) of 400 orders done/.exec(status)?.[1]);
  expect(doneAtReload).toBeGreaterThanOrEqual(doneWhenLost);
  expect(doneAtReload).toBeLessThan(ORDERS);
  // Requests whose answers were lost reached the server all the same: it has cancelled at least what the
  // app knows of, and those few come back as "already cancelled".
  const paidAtReload = (await ordersOf(eventId, 'Paid')).length;
  expect(paidAtReload).toBeLessThanOrEqual(ORDERS - doneAtReload);
  await panel.getByRole('button', { name: 'Resume' }).click();

  const summary = page.getByRole('region', { name: 'Orders cancelled' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const text = (await summary.getByRole('status').textContent()) ?? '';
  const [, cancelled, already, failed] =
    /· (\d+) cancelled · (\d+) already cancelled · (\d+) failed/.exec(text) ?? [];
  expect(text).toContain('400 of 400 orders done');
  expect(Number(cancelled) + Number(already)).toBe(ORDERS);
  expect(Number(already)).toBe(ORDERS - doneAtReload - paidAtReload);
  expect(Number(failed)).toBe(0);

  expect(await ordersOf(eventId, 'Paid')).toHaveLength(0);
  const cancelledOrders = await ordersOf(eventId, 'Cancelled');
  expect(cancelledOrders).toHaveLength(ORDERS);
  expect(cancelledOrders.every((order) => order.cancellationReason === REASON)).toBe(true);
  await page.getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByText('400 orders')).toBeVisible();
  await page.getByLabel('Order status').selectOption('Paid');
  await expect(page.getByText('0 orders')).toBeVisible();
  expect((await api().audit(eventId)).length).toBe(0);
});
