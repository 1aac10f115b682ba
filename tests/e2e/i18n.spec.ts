/**
 * The door and the back office in Dutch and in German on a phone (issue 12): a device whose browser speaks
 * the language connects, picks its event and door, meets each verdict, reads its queue, and a manager
 * searches orders, all in that language; every time is on the event's clock (Amsterdam) in one format,
 * with the zone named because this phone is set to New York. The expected words are read from the
 * catalogues translators edit, so the test checks the screens against them, not against a copy.
 */
import { expect, test } from '@playwright/test';
import {
  escapeRegExp as escape,
  eventClock as zoneClock,
  expectNoUsStyle,
  LANGUAGES,
  say,
  type Language,
} from '../support/catalogue-words.ts';
import { sandboxApi } from '../support/sandbox-api.ts';

const EVENT_ZONE = 'Europe/Amsterdam';
const api = () => sandboxApi();
const env = (name: string) => process.env[name] ?? '';
const eventClock = (language: Language) => zoneClock(language, EVENT_ZONE);

for (const [language, locale] of Object.entries(LANGUAGES) as Array<[Language, string]>) {
  test.describe(`in ${locale} on a phone`, () => {
    test.use({ locale, timezoneId: 'America/New_York', viewport: { width: 390, height: 844 } });

    test(`the door speaks ${language}: connect, pick event and door, each verdict, the queue`, async ({
      page,
      context,
    }) => {
      const name = `Avond ${language} ${Date.now()}`;
      const { eventId, ticketTypeId } = await api().openEvent({ name, timeZone: EVENT_ZONE });
      const [first, second, offline] = (await api().purchase(eventId, ticketTypeId, 3, 'Gast')).tickets;
      const now = Date.now();
      const laterName = `Later ${language} ${now}`;
      const later = await api().openEvent({
        name: laterName,
        timeZone: EVENT_ZONE,
        doorsOpenAt: new Date(now + 2 * 60 * 60_000).toISOString(),
        startsAt: new Date(now + 3 * 60 * 60_000).toISOString(),
      });
      const [early] = (await api().purchase(later.eventId, later.ticketTypeId, 1, 'Vroeg')).tickets;

      await page.goto(env('SANDBOX_URL'));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.getByLabel(say(language, 'connect.token')).fill(env('SANDBOX_DOOR_TOKEN'));
      await page.getByRole('button', { name: say(language, 'connect.connect') }).click();
      await page.getByLabel(say(language, 'eventPicker.search')).fill(name);
      await page.getByRole('button', { name: new RegExp(escape(name)) }).click();
      await page.getByLabel(say(language, 'doorPicker.name')).fill('Noord');
      await page.getByRole('button', { name: say(language, 'doorPicker.start') }).click();
      await expect(
        page.getByRole('heading', {
          name: say(language, 'scan.heading', {
            event: name,
            door: say(language, 'door.label', { name: 'Noord' }),
          }),
        }),
      ).toBeVisible();

      const code = page.getByLabel(say(language, 'typedCode.label'));
      const check = page.getByRole('button', { name: say(language, 'typedCode.check') });
      const next = page.getByRole('button', { name: say(language, 'verdictScreen.next') });
      const verdict = (id: string) => page.getByRole('dialog', { name: say(language, id) });
      async function scan(token: string, title: string) {
        await expect(page.locator('dialog.verdict')).toHaveCount(0);
        await code.fill(token);
        await check.click();
        await expect(verdict(title)).toBeVisible();
      }

      await scan(first!.token, 'verdict.admitted');
      await expect(verdict('verdict.admitted')).toContainText('Gast');
      await next.click();
      await scan(first!.token, 'verdict.alreadyUsed');
      // When and where the first scan was: on the event's clock, the zone named.
      await expect(verdict('verdict.alreadyUsed')).toContainText(eventClock(language));
      await next.click();
      await scan('not-one-of-ours-0000000000', 'verdict.refused');
      await next.click();

      await context.setOffline(true);
      await scan(offline!.token, 'verdict.notVerified');
      await next.click();
      await scan(offline!.token, 'verdict.repeatOnDevice');
      await next.click();
      await context.setOffline(false);
      await scan(second!.token, 'verdict.admitted');
      await next.click();

      await expect(page.getByTestId('pending-badge')).toHaveText(say(language, 'pending.synced'), {
        timeout: 20_000,
      });
      await page.getByRole('link', { name: say(language, 'header.queue') }).click();
      await expect(page.getByRole('heading', { name: say(language, 'queue.title'), level: 1 })).toBeVisible();
      const counts = page.getByRole('table', { name: say(language, 'queue.byState') });
      const count = (id: string) => counts.getByRole('row', { name: say(language, id) }).getByRole('cell');
      await expect(count('queueFormat.done')).toHaveText('3');
      // Refused in the journal: the code that was used already and the one that is not a ticket.
      await expect(count('queueFormat.refused')).toHaveText('2');
      await expect(page.getByTestId('last-sync')).toHaveText(eventClock(language));
      await expect(page.getByText(eventClock(language)).first()).toBeVisible();
      await expectNoUsStyle(page);
      await expect(page.getByText('Scan queue', { exact: true })).toHaveCount(0);
      await expect(page.getByText('Admitted (verified)')).toHaveCount(0);

      // Another event whose doors open later: the door says so, and when, on the event's clock.
      await page.getByRole('link', { name: say(language, 'app.backToScan') }).click();
      await page.getByRole('button', { name: say(language, 'scan.eventChange', { name }) }).click();
      await page.getByLabel(say(language, 'eventPicker.search')).fill(laterName);
      await page.getByRole('button', { name: new RegExp(escape(laterName)) }).click();
      // The door stays what it was: only the event changed.
      await expect(
        page.getByRole('button', { name: say(language, 'scan.doorChange', { door: 'Noord' }) }),
      ).toBeVisible();
      await scan(early!.token, 'verdict.doorsNotOpen');
      await expect(verdict('verdict.doorsNotOpen')).toContainText(eventClock(language));
      await expectNoUsStyle(page);
      await next.click();

      // The server no longer accepts this device's sign-in.
      await page.route('**/api/tickets/redeem', (route) =>
        route.fulfill({
          status: 401,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }),
        }),
      );
      // The scan is kept, and the device asks to sign in again, in the device's language.
      await code.fill('a-code-the-server-will-not-check');
      await check.click();
      await expect(page.getByText(say(language, 'scan.signInAgain'))).toBeVisible();
      await expect(page.getByTestId('pending-badge')).toHaveText(
        say(language, 'pending.signIn', { count: 1 }),
      );
    });

    test(`the back office speaks ${language}: an order search`, async ({ page }) => {
      const name = `Orders ${language} ${Date.now()}`;
      const { eventId, ticketTypeId } = await api().openEvent({ name, timeZone: EVENT_ZONE });
      await api().purchase(eventId, ticketTypeId, 2, 'Wilhelmina Jansen');
      await api().purchase(eventId, ticketTypeId, 1, 'Pieter de Vries');

      await page.goto(`${env('SANDBOX_URL')}/admin/events/${eventId}/orders`);
      await page.getByLabel(say(language, 'connect.address')).fill(env('SANDBOX_API_URL'));
      await page.getByLabel(say(language, 'connect.token')).fill(env('SANDBOX_ADMIN_TOKEN'));
      await page.getByRole('button', { name: say(language, 'connect.connect') }).click();

      await expect(page.getByRole('heading', { name: say(language, 'bo.orders.title') })).toBeVisible();
      await page.getByLabel(say(language, 'bo.orderFilters.search')).fill('Jansen');
      await expect(
        page.getByRole('status').filter({ hasText: say(language, 'bo.orders.count', { count: 1 }) }),
      ).toBeVisible();
      // On a phone each order is a card whose cells carry their column's name.
      const row = page.getByRole('row', { name: /Wilhelmina Jansen/ });
      for (const column of ['bo.ordersTable.ordered', 'bo.ordersTable.customer', 'bo.ordersTable.total'])
        await expect(row.locator(`[data-label="${say(language, column)}"]`)).toBeVisible();
      await expect(row).toContainText(say(language, 'bo.status.paid'));
      // The order date on the event's clock, with the zone named (this phone is in New York).
      await expect(row).toContainText(say(language, 'bo.zone.cityTime', { city: 'Amsterdam' }));
      await expect(page.getByRole('link', { name: say(language, 'bo.eventLayout.orders') })).toBeVisible();
      await expectNoUsStyle(page);
      await expect(page.getByText('Search orders')).toHaveCount(0);

      // The browser draws a date-and-time field in its own locale; the form says the value back in words.
      await page.goto(`${env('SANDBOX_URL')}/admin/events/new`);
      await page.locator('input[type="datetime-local"]').first().fill('2030-06-14T19:00');
      const when = new Intl.DateTimeFormat(LANGUAGES[language], {
        timeZone: 'UTC',
        dateStyle: 'full',
        timeStyle: 'short',
      }).format(Date.UTC(2030, 5, 14, 19, 0));
      await expect(page.getByText(say(language, 'bo.fields.typedTime', { when }))).toBeVisible();
    });
  });
}
