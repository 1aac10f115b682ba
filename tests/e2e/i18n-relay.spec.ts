/**
 * The venue relay's door words in Dutch and in German on a phone (issues 9 and 12): with the relay's line
 * to Caldasa cut, a first scan is let in by the relay in the door's language, the queue counts it under the
 * relay's words, the door lead's page says the API cannot be reached, and its CSV export has its headers in
 * that language (the relay writes machine names; the page translates them).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { RunningRelay } from '../../server/relay/start-relay.ts';
import { openDoor } from '../support/camera-fixture.ts';
import { LANGUAGES, say, sayAsIs, type Language } from '../support/catalogue-words.ts';
import type { FaultProxy } from '../support/fault-proxy.ts';
import { startTestRelay, type TestRelay } from '../support/test-relay.ts';
import { sandboxApi } from '../support/sandbox-api.ts';

let rig: TestRelay;
let proxy: FaultProxy;
let relay: RunningRelay;

test.beforeAll(async () => {
  rig = await startTestRelay('relay-i18n');
  ({ proxy, relay } = rig);
});

test.afterEach(() => proxy.restore());

test.afterAll(() => rig.close());

for (const [language, locale] of Object.entries(LANGUAGES) as Array<[Language, string]>) {
  test.describe(`in ${locale} on a phone`, () => {
    test.use({ locale, viewport: { width: 390, height: 844 } });

    test(`the relay's verdict, queue count, page and export speak ${language}`, async ({ page }) => {
      const api = sandboxApi();
      const name = `Relay ${language} ${Date.now()}`;
      const { eventId, ticketTypeId } = await api.openEvent({ name });
      const [ticket] = (await api.purchase(eventId, ticketTypeId, 1, 'Gast')).tickets;
      await openDoor(page, { appUrl: relay.appUrl, apiUrl: relay.apiUrl, eventId, door: 'Noord' });
      const door = say(language, 'door.label', { name: 'Noord' });
      await expect(
        page.getByRole('heading', { name: say(language, 'scan.heading', { event: name, door }) }),
      ).toBeVisible();
      const code = page.getByLabel(say(language, 'typedCode.label'));

      proxy.cut();
      await code.fill(ticket!.token);
      await page.getByRole('button', { name: say(language, 'typedCode.check') }).click();
      const verdict = page.getByRole('dialog', { name: say(language, 'verdict.acceptedOffline') });
      await expect(verdict).toBeVisible();
      await expect(verdict).not.toContainText('not verified');
      // The longest verdict of the door, on a phone held upright and on its side: all of it in view.
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 844, height: 390 },
      ]) {
        await page.setViewportSize(viewport);
        for (const part of ['h2', '.verdict-icon', '.verdict-next']) {
          const box = (await verdict.locator(part).boundingBox())!;
          expect(box.y, part).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, part).toBeLessThanOrEqual(viewport.height);
        }
      }
      await page.getByRole('button', { name: say(language, 'verdictScreen.next') }).click();

      await page.getByRole('link', { name: say(language, 'header.queue') }).click();
      const counts = page.getByRole('table', { name: say(language, 'queue.byState') });
      await expect(
        counts.getByRole('row', { name: say(language, 'queueFormat.relayed') }).getByRole('cell'),
      ).toHaveText('1');

      await page.getByRole('link', { name: say(language, 'app.backToScan') }).click();
      await page.getByRole('button', { name: sayAsIs(language, 'menu.button'), exact: true }).click();
      await page.getByRole('link', { name: say(language, 'menu.relay') }).click();
      await expect(page.getByRole('heading', { name: say(language, 'relay.unreachable') })).toBeVisible();

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: say(language, 'relay.export') }).click();
      const [header, ...rows] = readFileSync(await (await download).path(), 'utf8').split(/\r?\n/);
      const columns = header!.split(',');
      expect(columns[0]).toBe(say(language, 'relay.csv.scannedAt'));
      for (const id of ['relay.csv.door', 'relay.csv.deviceName', 'relay.csv.replayOutcome'])
        expect(columns).toContain(say(language, id));
      expect(header).not.toMatch(/scannedAt|deviceName/);
      // The row of this scan: its door, and the relay's own answer as the machine value it is.
      expect(rows.find((row) => row.includes(eventId))).toMatch(/Noord.*AcceptedOffline/);
    });
  });
}
