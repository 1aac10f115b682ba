/**
 * Every back-office screen, at phone, tablet and desktop widths and in both themes: axe-core finds no violations, each screen
 * has one level-one heading, and nothing scrolls sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { api, connect, env } from './backoffice-helpers.ts';

interface Screen {
  name: string;
  path: string;
  /** Opens a dialog or shows errors after the screen has loaded. */
  then?: (page: Page) => Promise<void>;
}

async function screens(): Promise<Screen[]> {
  const stamp = Date.now();
  const { eventId, ticketTypeId } = await api().openEvent({ name: `A11y open ${stamp}` });
  await api().purchase(eventId, ticketTypeId, 2, 'Ada Lovelace');
  await api().redeem(env('SANDBOX_DOOR_TOKEN'), {
    bookableEventId: eventId,
    token: (await api().purchase(eventId, ticketTypeId, 1, 'Grace Hopper')).tickets[0]?.token ?? '',
    door: 'Main',
  });
  const cancelled = await api().openEvent({ name: `A11y cancelled ${stamp}` });
  await api().purchase(cancelled.eventId, cancelled.ticketTypeId, 1, 'Alan Turing');
  await api().cancelEvent(cancelled.eventId);
  const event = `/admin/events/${eventId}`;
  return [
    { name: 'events', path: '/admin' },
    { name: 'new event', path: '/admin/events/new' },
    {
      name: 'new event with errors',
      path: '/admin/events/new',
      then: (page) => page.getByRole('button', { name: 'Create event' }).click(),
    },
    { name: 'event details', path: event },
    {
      name: 'cancel event dialog',
      path: event,
      then: (page) => page.getByRole('button', { name: 'Cancel event' }).click(),
    },
    { name: 'edit event', path: `${event}/edit` },
    { name: 'ticket types', path: `${event}/ticket-types` },
    {
      name: 'add ticket type dialog',
      path: `${event}/ticket-types`,
      then: (page) => page.getByRole('button', { name: 'Add ticket type' }).click(),
    },
    { name: 'orders', path: `${event}/orders` },
    {
      name: 'order sheet',
      path: `${event}/orders`,
      then: (page) =>
        page
          .getByRole('row', { name: /Ada Lovelace/ })
          .getByRole('button')
          .click(),
    },
    { name: 'sales', path: `${event}/sales` },
    { name: 'sales overview', path: '/admin/sales' },
    { name: 'cancelled event', path: `/admin/events/${cancelled.eventId}` },
    { name: 'not found', path: '/admin/no-such-page' },
  ];
}

async function check(page: Page, screen: Screen, width: number) {
  await page.goto(`${env('SANDBOX_URL')}${screen.path}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('.loading')).toHaveCount(0);
  if (screen.then) {
    await screen.then(page);
    await expect(page.getByRole('dialog').or(page.getByRole('alert')).first()).toBeVisible();
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${screen.name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `${screen.name} at ${width} px`).toEqual([]);
}

// Light at every width (Playwright's default scheme) and dark once: the themes share layout, not colours.
for (const [width, height, colorScheme] of [
  [390, 844, 'light'],
  [820, 1180, 'light'],
  [1366, 768, 'light'],
  [1366, 768, 'dark'],
] as const) {
  test.describe(`at ${width} px, ${colorScheme} theme`, () => {
    test.use({ viewport: { width, height }, colorScheme });

    test('every back-office screen passes axe-core and fits the width', async ({ page }) => {
      // Fifteen screens with an axe-core pass each; a loaded machine needs the room.
      test.setTimeout(360_000);
      const list = await screens();
      await connect(page, '/admin');
      await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible();
      for (const screen of list) await check(page, screen, width);
    });

    test('the door-token screen passes axe-core and fits the width', async ({ page }) => {
      await connect(page, '/admin', env('SANDBOX_DOOR_TOKEN'));
      await expect(page.getByRole('heading', { name: 'This device can only scan', level: 1 })).toBeVisible();
      await check(page, { name: 'door token', path: '/admin' }, width);
    });
  });
}
