/**
 * The venue relay end to end: two doors (two browsers, two device ids, one shared door sign-in) use a
 * relay in front of the sandbox; a TCP fault proxy cuts the relay's upstream line. First scan wins across
 * the venue while the line is down, replay puts everything right once, and the door lead's page shows
 * the conflict and the guest refused after entry.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { RunningRelay } from '../../server/relay/start-relay.ts';
import { openDoor } from '../support/camera-fixture.ts';
import type { FaultProxy } from '../support/fault-proxy.ts';
import { startTestRelay, type TestRelay } from '../support/test-relay.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import { stateCount, typeCode } from './offline-helpers.ts';

const ACCEPTED_TITLE = 'First scan at this venue — not verified';

let rig: TestRelay;
let proxy: FaultProxy;
let relay: RunningRelay;

test.beforeAll(async () => {
  rig = await startTestRelay('relay');
  ({ proxy, relay } = rig);
});

test.afterAll(() => rig.close());

/** A door device in its own browser context (its own storage, so its own device id) named `name`. */
async function door(browser: Browser, eventId: string, doorName: string, deviceName: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((name) => {
    if (!localStorage.getItem('caldasa-door:deviceName'))
      localStorage.setItem('caldasa-door:deviceName', JSON.stringify(name));
  }, deviceName);
  await openDoor(page, { appUrl: relay.appUrl, apiUrl: relay.apiUrl, eventId, door: doorName });
  await expect(page.getByLabel('Ticket code')).toBeVisible();
  await expect(page.getByRole('button', { name: `Door: ${doorName}` })).toBeVisible();
  return page;
}

async function nextScan(page: Page) {
  await page.getByRole('button', { name: 'Scan next' }).click();
}

test('while the line is down the relay decides for the venue, and replay reaches Caldasa once per scan', async ({
  browser,
}) => {
  const api = sandboxApi();
  const { eventId, ticketTypeId } = await api.openEvent({ name: 'Relay night' });
  const bought = (await api.purchase(eventId, ticketTypeId, 2, 'Relay Guest')).tickets;
  const tickets = bought.map((t) => t.token);
  const cancelled = await api.purchase(eventId, ticketTypeId, 1, 'Cancelled Guest');
  const north = await door(browser, eventId, 'North', 'Phone at North');
  const south = await door(browser, eventId, 'South', 'Tablet at South');

  proxy.cut();
  const scannedFrom = Date.now();
  await typeCode(north, tickets[0]!);
  await expect(north.getByRole('heading', { name: ACCEPTED_TITLE })).toBeVisible();
  await nextScan(north);
  // Door B at once: used at door A, by door A's device, not "you" although the sign-in is shared.
  await typeCode(south, tickets[0]!);
  await expect(south.getByRole('heading', { name: 'Already used' })).toBeVisible();
  await expect(south.getByText(/North/).first()).toBeVisible();
  await expect(south.getByText(/Scanned by Phone at North/)).toBeVisible();
  await nextScan(south);

  // Two more accepted offline at the north door; outside the venue one is redeemed at another entrance
  // meanwhile, and the other's order is cancelled by the box office.
  await typeCode(north, tickets[1]!);
  await expect(north.getByRole('heading', { name: ACCEPTED_TITLE })).toBeVisible();
  await nextScan(north);
  await typeCode(north, cancelled.tickets[0]!.token);
  await expect(north.getByRole('heading', { name: ACCEPTED_TITLE })).toBeVisible();
  await nextScan(north);
  const elsewhere = await api.createToken('Door', 'Side entrance');
  await api.redeem(elsewhere.token, { bookableEventId: eventId, token: tickets[1]!, door: 'Side' });
  await api.cancelOrder(eventId, cancelled.orderId);

  await north.getByRole('button', { name: 'Menu', exact: true }).click();
  await north.getByRole('link', { name: 'Venue relay' }).click();
  await expect(north.getByRole('heading', { name: '✕ Caldasa API unreachable' })).toBeVisible();

  proxy.restore();
  await expect(north.getByRole('heading', { name: '✓ Caldasa API reachable' })).toBeVisible({
    timeout: 20_000,
  });
  const problems = north.getByRole('table', { name: 'Conflicts and refused after entry' });
  await expect(problems.getByRole('row', { name: /Conflict: redeemed first elsewhere/ })).toContainText(
    'Phone at North',
  );
  await expect(problems.getByRole('row', { name: /Conflict/ })).toContainText('Side');
  await expect(problems.getByRole('row', { name: /Refused after entry/ })).toContainText('Cancelled');
  await expect(north.getByRole('table', { name: 'Devices seen' })).toContainText('Tablet at South');

  const audit = (await api.scanAudit(eventId)).filter((entry) => entry.outcome === 'Redeemed');
  const relayed = audit.filter((entry) => entry.door === 'North');
  expect(relayed).toHaveLength(1);
  // The device's own note (its scan time and name) may stand before the relay's.
  const scannedAt = /(?:^|· )Scanned (\S+) at North on Phone at North, through the venue relay$/.exec(
    relayed[0]!.notes ?? '',
  )?.[1];
  expect(Date.parse(scannedAt ?? '')).toBeGreaterThanOrEqual(scannedFrom - 1_000);
  expect(Date.parse(scannedAt ?? '')).toBeLessThan(Date.parse(relayed[0]!.attemptedAt));
  // Neither device's own queue sends what the relay accepted.
  await expect(north.getByTestId('pending-badge')).toHaveText('All scans synced');
  await expect(south.getByTestId('pending-badge')).toHaveText('All scans synced');
  // North's queue says who let those three guests in, and that nobody has verified them on this device.
  await north.goto(new URL('/queue', relay.appUrl).href);
  await expect(stateCount(north, 'Let in by the venue relay (not yet verified)')).toHaveText('3');
  await expect(stateCount(north, 'Admitted (verified)')).toHaveText('0');
  // The ticket both doors saw reached Caldasa exactly once.
  const firstTicket = (await api.scanAudit(eventId)).filter(
    (entry) => entry.ticketId === bought[0]!.ticketId,
  );
  expect(firstTicket.map((entry) => entry.outcome)).toEqual(['Redeemed']);
});
