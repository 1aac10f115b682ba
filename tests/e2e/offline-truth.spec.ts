/**
 * What the door screen and the queue say while, and after, the server is gone (issue 15): a repeat on this
 * device is a stop, the status line and session list follow the sync, Retry-After holds every request, the
 * retry after a lost answer is the same request under the same key, and a stalled scanner is one code.
 */
import type { Page, Request, Route } from '@playwright/test';
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import { scannerStalls, scannerTypes } from '../support/hardware-scanner.ts';
import {
  OFFLINE_TITLE,
  openQueue,
  outcomesOf,
  pendingBadge,
  scanUnverified,
  stateCount,
  typeCode,
  waitUntilReadyOffline,
} from './offline-helpers.ts';

const REDEEM = '**/api/tickets/redeem';

function tokenOf(request: Request): string {
  const body: unknown = request.postDataJSON();
  return body && typeof body === 'object' && 'token' in body ? String(body.token) : '';
}

/** Resolves once the app knows whether the sandbox honours Idempotency-Key (its probe ran). */
async function keySupportSettled(page: Page): Promise<void> {
  const key = `caldasa-door:scanQueue.idempotency:${process.env.SANDBOX_API_URL}`;
  await expect.poll(() => page.evaluate((name) => localStorage.getItem(name), key)).toBe('true');
}

async function openEventWithTickets(name: string, count: number) {
  const api = sandboxApi();
  const { eventId, ticketTypeId } = await api.openEvent({ name });
  const { tickets } = await api.purchase(eventId, ticketTypeId, count, `${name} Guest`);
  return { api, eventId, tickets };
}

test('a ticket scanned twice offline is a stop verdict, is not queued again, and the queue counts tickets', async ({
  page,
  context,
}) => {
  const { eventId, tickets } = await openEventWithTickets('Double offline', 4);
  await openDoor(page, { eventId, door: 'North' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();
  await waitUntilReadyOffline(page);
  await context.setOffline(true);
  await scanUnverified(
    page,
    tickets.map((ticket) => ticket.token),
  );

  await typeCode(page, tickets[0]!.token);
  const verdict = page.getByRole('dialog', { name: 'Scanned twice on this device' });
  await expect(verdict).toBeVisible();
  await expect(verdict).toHaveAttribute('data-verdict', 'repeat-on-device');
  await expect(verdict).toContainText(/First scanned \d\d:\d\d( \S+)? at Door North \(just now\)/);
  await expect(page.getByRole('heading', { name: OFFLINE_TITLE })).toHaveCount(0);
  await expect(verdict.getByText('Let the guest in')).toHaveCount(0);
  await expect(pendingBadge(page)).toHaveText('4 waiting to sync');
  await page.getByRole('button', { name: 'Scan next' }).click();
  const counts = page.getByRole('region', { name: 'This session' });
  await expect(counts.getByRole('definition')).toHaveText(['0', '1', '0', '4']);

  await context.setOffline(false);
  await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 20_000 });
  await openQueue(page);
  await expect(stateCount(page, 'Admitted (verified)')).toHaveText('4');
  expect(await outcomesOf(eventId, tickets[0]!.ticketId)).toEqual(['Redeemed']);
});

test('after a sync the status line and the session list recover, and a conflict is told once', async ({
  page,
  context,
}) => {
  const { api, eventId, tickets } = await openEventWithTickets('Recovering', 2);
  const [mine, theirs] = tickets;
  await openDoor(page, { eventId, door: 'North' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();
  await waitUntilReadyOffline(page);
  // Online, but the server does not answer.
  await page.route(REDEEM, (route) => route.abort('failed'));
  await scanUnverified(page, [mine!.token, theirs!.token]);
  const status = page.getByTestId('connection-state');
  await expect(status).toHaveText('Connection: Server not answering');
  const scans = page.getByRole('list', { name: 'Last scans' }).getByRole('listitem');
  await expect(scans).toHaveText([new RegExp(OFFLINE_TITLE), new RegExp(OFFLINE_TITLE)]);

  const westGate = await api.createToken('Door', 'Wes at the west gate');
  await api.redeem(westGate.token, {
    bookableEventId: eventId,
    token: theirs!.token,
    door: 'West Gate',
    notes: null,
  });
  await page.unroute(REDEEM);
  // The network comes back (the browser's online event wakes the queue).
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(pendingBadge(page)).toContainText('All scans synced', { timeout: 20_000 });

  await expect(status).toHaveText('Connection: Online');
  await expect(scans).toHaveText([/Already used.*first at Door West Gate/, /Admitted/]);
  const notice = page.getByRole('status').filter({ hasText: 'earlier scan' });
  await expect(notice).toHaveText(/^1 earlier scan was already used at West Gate — see Conflicts/);
  const counts = page.getByRole('region', { name: 'This session' });
  await expect(counts.getByRole('definition')).toHaveText(['1', '1', '0', '0']);
  // Not blocking: the next guest can be scanned with the notice showing.
  await expect(page.getByRole('dialog', { name: /Admitted|Already used|Saved offline/ })).toHaveCount(0);
  await expect(page.getByLabel('Ticket code')).toBeEditable();
  await notice.getByRole('link', { name: 'see Conflicts' }).click();
  await expect(page.getByRole('list', { name: 'Conflicts' }).getByRole('listitem')).toContainText(
    'West Gate',
  );
});

test('no request of the queue goes before Retry-After has passed, and a fresh scan meanwhile is not sent', async ({
  page,
}) => {
  const { eventId, tickets } = await openEventWithTickets('Rate limited', 3);
  const tokens = new Set(tickets.map((ticket) => ticket.token));
  await openDoor(page, { eventId, door: 'North' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();
  await keySupportSettled(page);

  const started: Array<{ at: number; what: string }> = [];
  const waits: Array<{ from: number; until: number }> = [];
  let limited = 0;
  await page.route('**/api/**', async (route: Route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    const isRedeem = path.endsWith('/tickets/redeem') && tokens.has(tokenOf(request));
    const isTenant = path.endsWith('/tenant') && limited > 0;
    if (!isRedeem && !isTenant) return route.fallback();
    started.push({ at: Date.now(), what: `${request.method()} ${path} ${isRedeem ? tokenOf(request) : ''}` });
    // The first four: the live scan, then the queue's own session check and sends, each meet a 429.
    if (limited >= 4) return route.fallback();
    limited += 1;
    waits.push({ from: Date.now(), until: Date.now() + 2_000 });
    const body = JSON.stringify({ type: 'about:blank', title: 'Too many requests', status: 429 });
    await route.fulfill({
      status: 429,
      headers: { 'Retry-After': '2' },
      contentType: 'application/problem+json',
      body,
    });
  });

  await typeCode(page, tickets[0]!.token);
  await expect(page.getByRole('heading', { name: OFFLINE_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Scan next' }).click();
  // A person's fresh scan while the server asked to wait: answered at once, queued, not sent.
  const before = started.length;
  await typeCode(page, tickets[1]!.token);
  await expect(page.getByRole('heading', { name: OFFLINE_TITLE })).toBeVisible();
  expect(started.length).toBe(before);
  await expect(page.getByRole('dialog', { name: OFFLINE_TITLE })).toContainText('asked to wait');
  await page.getByRole('button', { name: 'Scan next' }).click();
  await typeCode(page, tickets[2]!.token);
  await page.getByRole('button', { name: 'Scan next' }).click();

  await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 40_000 });
  expect(limited).toBe(4);
  for (const wait of waits) {
    const early = started.filter((request) => request.at > wait.from && request.at < wait.until);
    expect(early, `requests within the wait from ${wait.from}`).toEqual([]);
  }
  for (const ticket of tickets) expect(await outcomesOf(eventId, ticket.ticketId)).toEqual(['Redeemed']);
});

test('the retry after a lost answer is the same body under the same key, and the server replays its answer', async ({
  page,
}) => {
  const { eventId, tickets } = await openEventWithTickets('Lost answer', 1);
  const [ticket] = tickets;
  await openDoor(page, { eventId, door: 'North' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();
  await keySupportSettled(page);

  const attempts: Array<{ body: string; key: string | null; status: number; answer: string }> = [];
  await page.route(REDEEM, async (route) => {
    const request = route.request();
    if (tokenOf(request) !== ticket!.token) return route.fallback();
    const response = await route.fetch();
    const answer = await response.text();
    attempts.push({
      body: request.postData() ?? '',
      key: await request.headerValue('Idempotency-Key'),
      status: response.status(),
      answer,
    });
    // The first answer is lost on the way back; the server has committed it.
    if (attempts.length === 1) return route.abort('connectionreset');
    return route.fulfill({ response });
  });

  await typeCode(page, ticket!.token);
  await expect(page.getByRole('heading', { name: OFFLINE_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Scan next' }).click();
  await expect(pendingBadge(page)).toHaveText('All scans synced', { timeout: 20_000 });

  expect(attempts).toHaveLength(2);
  const [first, retry] = attempts;
  expect(first!.key).toBeTruthy();
  expect(retry!.key).toBe(first!.key);
  expect(retry!.body).toBe(first!.body);
  expect(JSON.parse(first!.body)).toMatchObject({
    notes: expect.stringMatching(/^Scanned \S+ on Door device/),
  });
  expect(retry!.status).toBe(200);
  expect(JSON.parse(retry!.answer)).toMatchObject({ outcome: 'Redeemed' });
  expect(await outcomesOf(eventId, ticket!.ticketId)).toEqual(['Redeemed']);
  await openQueue(page);
  await expect(stateCount(page, 'Admitted (verified)')).toHaveText('1');
});

test('a hardware scanner that stalls mid-code gets its ticket admitted, and no fragment is sent', async ({
  page,
}) => {
  const { eventId, tickets } = await openEventWithTickets('Stalled scanner', 1);
  const [ticket] = tickets;
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/tickets/redeem')) sent.push(tokenOf(request));
  });
  await openDoor(page, { eventId, door: 'Main' });
  await expect(page.getByLabel('Ticket code')).toBeVisible();

  const token = ticket!.token;
  await scannerTypes(page, token.slice(0, 7), { enter: false });
  await scannerStalls(page, 300);
  await scannerTypes(page, token.slice(7));
  await expect(page.getByRole('heading', { name: 'Admitted' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Admitted' })).toContainText('Stalled scanner Guest');
  expect(sent.filter((code) => !code.startsWith('caldasa-door-idempotency-probe-'))).toEqual([token]);
});
