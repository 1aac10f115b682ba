/**
 * axe-core on every door screen, in the dark and the light theme: connect, event pick, door pick, scan,
 * each verdict, the device menu and sign-out question, the queue with a conflict, settings and readiness.
 */
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import { admitAndHold, pendingBadge, typeCode, waitUntilReadyOffline } from './offline-helpers.ts';

const HOUR = 3_600_000;

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; global setup starts the sandbox.`);
  return value;
}

function listViolations(results: AxeResults, screen: string): string[] {
  return results.violations.map(
    (violation) =>
      `${screen}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  expect(listViolations(await new AxeBuilder({ page }).analyze(), screen)).toEqual([]);
}

async function verdict(page: Page, code: string, title: string): Promise<void> {
  await typeCode(page, code);
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  await expectNoViolations(page, `verdict ${title}`);
  await page.getByRole('button', { name: 'Scan next' }).click();
  await expect(page.getByRole('dialog', { name: title })).toHaveCount(0);
}

async function chooseEvent(page: Page, name: string): Promise<void> {
  await page.getByLabel('Search events').fill(name);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
}

/** A ticket scanned offline that another door redeems meanwhile: a conflict once back online. */
async function makeConflict(page: Page, context: BrowserContext, eventId: string, token: string) {
  await waitUntilReadyOffline(page);
  await context.setOffline(true);
  await verdict(page, token, 'Saved offline — not verified');
  const other = await sandboxApi().createToken('Door', 'Side door phone');
  await sandboxApi().redeem(other.token, { bookableEventId: eventId, token, door: 'Side', notes: null });
  await context.setOffline(false);
  await expect(pendingBadge(page)).toContainText('1 to review', { timeout: 20_000 });
}

for (const theme of ['dark', 'light'] as const) {
  test(`every door screen has no axe violations in the ${theme} theme`, async ({ camera }) => {
    test.setTimeout(240_000);
    const api = sandboxApi();
    const name = `Axe ${theme} ${Date.now()}`;
    const { eventId, ticketTypeId } = await api.openEvent({ name });
    const early = await api.openEvent({
      name: `Early ${name}`,
      doorsOpenAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      startsAt: new Date(Date.now() + 25 * HOUR).toISOString(),
      endsAt: new Date(Date.now() + 28 * HOUR).toISOString(),
    });
    const tickets = (await api.purchase(eventId, ticketTypeId, 6, 'Axe Guest')).tickets;
    const [earlyTicket] = (await api.purchase(early.eventId, early.ticketTypeId, 1, 'Early Guest')).tickets;
    const page = await camera.open([{ seconds: 20 }]);
    await page.emulateMedia({ colorScheme: theme });

    await page.goto(env('SANDBOX_URL'));
    await expect(page.getByRole('heading', { name: 'Caldasa Door' })).toBeVisible();
    await expectNoViolations(page, 'connect');
    await page.getByLabel('API token').fill(env('SANDBOX_DOOR_TOKEN'));
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('heading', { name: 'Choose the event' })).toBeVisible();
    await expectNoViolations(page, 'event pick');
    await chooseEvent(page, name);
    await expect(page.getByRole('heading', { name: 'Which door is this?' })).toBeVisible();
    await expectNoViolations(page, 'door pick');
    await page.getByLabel('Door name').fill('Main entrance');
    await page.getByRole('button', { name: 'Start scanning' }).click();
    await expect(page.getByTestId('venue-count')).toContainText('Checked in 0 of 6');
    await expectNoViolations(page, 'scan');

    // Green clears itself after 1.5 s; a tap keeps it on screen while axe looks at it.
    const admitted = await admitAndHold(page, [tickets[0]!.token, ...tickets.slice(2).map((t) => t.token)]);
    await expectNoViolations(page, 'verdict Admitted (kept on screen)');
    await page.getByRole('button', { name: 'Scan next' }).click();
    await expect(page.getByRole('dialog', { name: 'Admitted' })).toHaveCount(0);
    await verdict(page, admitted, 'Already used');
    await verdict(page, 'ZZnotOneOfOurTickets44', 'Refused');
    await makeConflict(page, page.context(), eventId, tickets[1]!.token);

    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await expectNoViolations(page, 'device menu');
    await page.getByRole('button', { name: 'Sign out…' }).click();
    await expect(page.getByRole('dialog', { name: 'Sign out of this device?' })).toBeVisible();
    await expectNoViolations(page, 'sign-out question');
    await page.getByRole('button', { name: 'Keep scanning' }).click();

    await page.getByRole('link', { name: 'Scan queue' }).click();
    await expect(page.getByRole('list', { name: 'Conflicts' }).getByRole('listitem')).toHaveCount(1);
    await expectNoViolations(page, 'queue and conflicts');
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Door settings' })).toBeVisible();
    await page.getByRole('radio', { name: theme === 'light' ? /^Light/ : /^Dark/ }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await expectNoViolations(page, 'settings');
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('link', { name: 'Readiness' }).click();
    await expect(page.getByRole('heading', { name: 'Ready for doors?' })).toBeVisible();
    await expectNoViolations(page, 'readiness');

    await page.getByRole('link', { name: 'Scan', exact: true }).click();
    await page.getByRole('button', { name: /Change event/ }).click();
    await chooseEvent(page, `Early ${name}`);
    await verdict(page, earlyTicket!.token, 'Doors not open yet');
  });
}
