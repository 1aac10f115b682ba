/**
 * What the queue meets when the network comes back: a ticket someone else redeemed meanwhile, answers
 * lost on the way back (with and without Idempotency-Key), a page closed mid-sync, 500s and 429s, and a
 * token the server stops accepting. In every case nothing is lost and nothing is redeemed twice.
 */
import type { BrowserContext, Page, Route } from '@playwright/test';
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import {
  openQueue,
  outcomesOf,
  pendingBadge,
  scanUnverified,
  stateCount,
  waitUntilReadyOffline,
} from './offline-helpers.ts';

const REDEEM = '**/api/tickets/redeem';
const PROBE_TOKEN = 'caldasa-door-idempotency-probe-';

function redeemedToken(route: Route): string {
  const body: unknown = route.request().postDataJSON();
  return body && typeof body === 'object' && 'token' in body ? String(body.token) : '';
}

/** An open event with `count` tickets, the door open on it, and `count` scans made while offline. */
async function scannedOffline(page: Page, context: BrowserContext, name: string, count: number) {
  const api = sandboxApi();
  const { eventId, ticketTypeId } = await api.openEvent({ name });
  const { tickets } = await api.purchase(eventId, ticketTypeId, count, `${name} Guest`);
  await openDoor(page, { eventId, door: 'North' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();
  await waitUntilReadyOffline(page);
  await context.setOffline(true);
  await scanUnverified(
    page,
    tickets.map((ticket) => ticket.token),
  );
  await expect(pendingBadge(page)).toHaveText(`${count} waiting to sync`);
  return { api, eventId, tickets };
}

test('a ticket redeemed at another door while this device was offline lands in the conflict list', async ({
  page,
  context,
}) => {
  const { api, eventId, tickets } = await scannedOffline(page, context, 'Conflict', 1);
  const [ticket] = tickets;
  const otherDoor = await api.createToken('Door', 'Bea at the side door');
  await api.redeem(otherDoor.token, {
    bookableEventId: eventId,
    token: ticket!.token,
    door: 'Side',
    notes: null,
  });

  await context.setOffline(false);
  await expect(pendingBadge(page)).toContainText('1 to review', { timeout: 20_000 });
  await openQueue(page);
  const conflict = page.getByRole('list', { name: 'Conflicts' }).getByRole('listitem');
  await expect(conflict).toContainText('Conflict Guest');
  await expect(conflict).toContainText('Door North · this device');
  await expect(conflict).toContainText('Door Side · another device or sign-in');
  await expect(conflict).not.toContainText(otherDoor.userId);
  await conflict.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(conflict).toContainText('Reviewed');
  expect(await outcomesOf(eventId, ticket!.ticketId)).toEqual(['Redeemed', 'AlreadyRedeemed']);
});

for (const withKey of [true, false]) {
  test(`a redeem whose answer is lost counts as admitted, ${withKey ? 'with' : 'without'} Idempotency-Key`, async ({
    page,
    context,
  }) => {
    if (!withKey) {
      // A server whose CORS policy refuses the header: the probe never reaches it.
      await page.route(REDEEM, (route) =>
        redeemedToken(route).startsWith(PROBE_TOKEN) ? route.abort('failed') : route.fallback(),
      );
    }
    const { eventId, tickets } = await scannedOffline(
      page,
      context,
      withKey ? 'Lost keyed' : 'Lost plain',
      1,
    );
    const [ticket] = tickets;
    let lost = false;
    await page.route(REDEEM, async (route) => {
      if (lost || redeemedToken(route) !== ticket!.token) return route.fallback();
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    });

    await context.setOffline(false);
    await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 20_000 });
    expect(lost).toBe(true);
    await openQueue(page);
    await expect(stateCount(page, 'Admitted (verified)')).toHaveText('1');
    await expect(stateCount(page, 'Conflict')).toHaveText('0');
    // With the key the server replays its first answer; without it, the own-attempt rule decides.
    const expected = withKey ? ['Redeemed'] : ['Redeemed', 'AlreadyRedeemed'];
    expect(await outcomesOf(eventId, ticket!.ticketId)).toEqual(expected);
  });
}

test('a page closed mid-sync loses no scan and redeems none twice', async ({ page, context }) => {
  test.setTimeout(90_000);
  const { eventId, tickets } = await scannedOffline(page, context, 'Closed mid-sync', 3);
  const tokens = new Set(tickets.map((ticket) => ticket.token));
  let committed = 0;
  await page.route(REDEEM, async (route) => {
    if (!tokens.has(redeemedToken(route))) return route.fallback();
    await route.fetch();
    committed += 1;
    // The answer never arrives: the page is closed while the requests are in flight.
  });
  await context.setOffline(false);
  await expect.poll(() => committed).toBe(3);
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  await reopened.goto(process.env.SANDBOX_URL!);
  await expect(pendingBadge(reopened)).toHaveText('All scans synced', { timeout: 40_000 });
  await openQueue(reopened);
  await expect(stateCount(reopened, 'Admitted (verified)')).toHaveText('3');
  for (const ticket of tickets) expect(await outcomesOf(eventId, ticket.ticketId)).toContain('Redeemed');
  for (const ticket of tickets) {
    expect(
      (await outcomesOf(eventId, ticket.ticketId)).filter((outcome) => outcome === 'Redeemed'),
    ).toHaveLength(1);
  }
});

test('500s and a 429 with Retry-After: the queue waits, then succeeds', async ({ page }) => {
  const api = sandboxApi();
  const { eventId, ticketTypeId } = await api.openEvent({ name: 'Flaky server' });
  const [ticket] = (await api.purchase(eventId, ticketTypeId, 1, 'Patient Guest')).tickets;
  const attempts: number[] = [];
  await page.route(REDEEM, async (route) => {
    if (redeemedToken(route) !== ticket!.token) return route.fallback();
    attempts.push(Date.now());
    const problem = (status: number) =>
      JSON.stringify({ type: 'about:blank', title: `Status ${status}`, status });
    const type = 'application/problem+json';
    if (attempts.length <= 2)
      return route.fulfill({ status: 500 + attempts.length, contentType: type, body: problem(500) });
    if (attempts.length === 3) {
      return route.fulfill({
        status: 429,
        contentType: type,
        headers: { 'Retry-After': '3' },
        body: problem(429),
      });
    }
    return route.fallback();
  });
  await openDoor(page, { eventId, door: 'North' });
  await scanUnverified(page, [ticket!.token]);
  await expect(pendingBadge(page)).toHaveText('1 waiting to sync');
  await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 30_000 });
  expect(attempts).toHaveLength(4);
  expect(attempts[3]! - attempts[2]!).toBeGreaterThanOrEqual(2_900);
  expect(await outcomesOf(eventId, ticket!.ticketId)).toEqual(['Redeemed']);
});

test('a 401 during sync pauses the queue, keeps every scan, and resumes after signing in again', async ({
  page,
  context,
}) => {
  const { api, eventId, tickets } = await scannedOffline(page, context, 'Token revoked', 2);
  await page.route(REDEEM, (route) =>
    route.fulfill({
      status: 401,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Unknown token.',
      }),
    }),
  );
  await context.setOffline(false);
  await expect(page.getByText(/no longer accepts this device’s token/)).toBeVisible({ timeout: 20_000 });
  await expect(pendingBadge(page)).toHaveText('2 waiting: sign in again');

  await page.unroute(REDEEM);
  const fresh = await api.createToken('Door', 'Sam, signed in again');
  await page.getByLabel('API token').fill(fresh.token);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 20_000 });
  for (const ticket of tickets) expect(await outcomesOf(eventId, ticket.ticketId)).toEqual(['Redeemed']);
});
