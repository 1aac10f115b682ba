/**
 * The door and the back office in Dutch and in German on a phone (issue 12): a device whose browser speaks
 * the language connects, picks its event and door, meets each verdict, reads its queue, and a manager
 * searches orders, all in that language; every time is on the event's clock (Amsterdam) in one format,
 * with the zone named because this phone is set to New York. The expected words are read from the
 * catalogues translators edit, so the test checks the screens against them, not against a copy.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { IntlMessageFormat } from 'intl-messageformat';
import { sandboxApi } from '../support/sandbox-api.ts';

const LANGUAGES = { nl: 'nl-NL', de: 'de-DE' } as const;
type Language = keyof typeof LANGUAGES;
const EVENT_ZONE = 'Europe/Amsterdam';
const api = () => sandboxApi();
const env = (name: string) => process.env[name] ?? '';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const english = JSON.parse(readFileSync('src/locales/en.json', 'utf8')) as Record<
  string,
  { defaultMessage: string }
>;

/** A message of `language` as the app formats it. */
function say(language: Language, id: string, values?: Record<string, string | number>): string {
  const catalogue = JSON.parse(readFileSync(`src/locales/${language}.json`, 'utf8')) as Record<
    string,
    string
  >;
  const text = catalogue[id];
  if (!text) throw new Error(`${id} is not in the ${language} catalogue`);
  // The test is only worth something where the translation differs from the English.
  expect(text, id).not.toBe(english[id]?.defaultMessage);
  return String(new IntlMessageFormat(text, LANGUAGES[language]).format(values));
}

/** "20:15 MEZ": a clock time on the event's clock with the zone's short name in that language. */
function eventClock(language: Language): RegExp {
  const zone =
    new Intl.DateTimeFormat(LANGUAGES[language], { timeZone: EVENT_ZONE, timeZoneName: 'short' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value ?? '';
  return new RegExp(`\\b\\d{2}:\\d{2} ${escape(zone)}`);
}

async function expectNoUsStyle(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\b\d{1,2}:\d{2}\s?(AM|PM|am|pm)\b/);
  expect(text).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/);
}

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
    });
  });
}
