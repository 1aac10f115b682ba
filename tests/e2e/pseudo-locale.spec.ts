/**
 * The pseudo-locale (en-XA: every message accented and 40% longer than English, longer than any of our
 * translations) on the verdict screens and the back-office tables, on a phone (390 px) and a tablet
 * (820 px): no element sticks out of its screen, none is cut off, and nothing scrolls sideways.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDoor } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';

const api = () => sandboxApi();
const env = (name: string) => process.env[name] ?? '';
const MINUTE = 60_000;
const ACCENTED = /[áéíöüýçñšžÅÉÎØÛÝÇÑŠŽ]/;

async function usePseudoLocale(page: Page) {
  await page.addInitScript(() => localStorage.setItem('caldasa-door:language', JSON.stringify('en-XA')));
}

/** Everything inside `root` that sticks out of it or is clipped, and a sideways scroll of the page. */
function layoutProblems(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const container = document.querySelector(selector);
    if (!container) return [`${selector} is not on screen`];
    const bounds = container.getBoundingClientRect();
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}> “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const problems: string[] = [];
    for (const el of container.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      // Visually hidden text (a 1 px clipped box for screen readers) is meant to be clipped.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right > bounds.right + 1 || box.left < bounds.left - 1)
        problems.push(`${name(el)} sticks out (${Math.round(box.left)}–${Math.round(box.right)} px)`);
      // Names the venue typed (event, door) are shortened with an ellipsis on the status line, by design;
      // they are marked so. Any other text cut at the side is a fault.
      const clipsX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      const mayShorten = el.getAttribute('data-fits') === 'ellipsis';
      if (clipsX && !mayShorten && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} is cut off at the side`);
      const clipsY = ['hidden', 'clip'].includes(style.overflowY);
      if (clipsY && el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} is cut off below`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page scrolls sideways');
    return problems;
  }, root);
}

async function expectPseudo(page: Page, locator = page.getByRole('heading', { level: 1 })) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(locator.first()).toHaveText(ACCENTED);
}

for (const [width, height] of [
  [390, 844],
  [820, 1180],
] as const) {
  test.describe(`at ${width} px in the pseudo-locale`, () => {
    test.use({ viewport: { width, height } });

    test('every verdict screen fits: nothing cut off or sticking out', async ({ page, context }) => {
      const stamp = Date.now();
      const open = await api().openEvent({ name: `Pseudo verdicts ${stamp}` });
      const [first, offline] = (
        await api().purchase(open.eventId, open.ticketTypeId, 2, 'Maximiliane Wolkenstein-Oberhausen')
      ).tickets;
      const now = Date.now();
      const early = await api().openEvent({
        name: `Pseudo early ${stamp}`,
        doorsOpenAt: new Date(now + 2 * 60 * MINUTE).toISOString(),
        startsAt: new Date(now + 3 * 60 * MINUTE).toISOString(),
      });
      const [tooEarly] = (await api().purchase(early.eventId, early.ticketTypeId, 1, 'Early Guest')).tickets;

      await usePseudoLocale(page);
      await openDoor(page, { eventId: open.eventId, door: 'North terrace entrance' });
      await expectPseudo(page);
      const verdict = page.locator('dialog.verdict');
      const scan = async (code: string) => {
        await expect(verdict).toHaveCount(0);
        await page.locator('form.typed-code input').fill(code);
        await page.locator('form.typed-code button[type="submit"]').click();
        await expect(verdict).toBeVisible();
        await expectPseudo(page, verdict.getByRole('heading'));
      };
      const check = async (what: string) => {
        expect(await layoutProblems(page, 'dialog.verdict'), `${what} at ${width} px`).toEqual([]);
        await verdict.locator('.verdict-next').click();
      };

      await scan(first!.token);
      await check('admitted');
      await scan(first!.token);
      await check('already used');
      await scan('no-such-ticket-in-this-venue-00000');
      await check('refused');
      await context.setOffline(true);
      await scan(offline!.token);
      await check('not verified');
      await scan(offline!.token);
      await check('scanned twice on this device');
      await context.setOffline(false);
      expect(await layoutProblems(page, 'body'), `the scan screen at ${width} px`).toEqual([]);

      await openDoor(page, { eventId: early.eventId, door: 'North terrace entrance' });
      await scan(tooEarly!.token);
      await check('doors not open');
    });

    test('the back-office tables fit: nothing cut off or sticking out', async ({ page }) => {
      test.setTimeout(120_000);
      const { eventId, ticketTypeId } = await api().openEvent({
        name: `Pseudo back office with a long event name ${Date.now()}`,
      });
      await api().purchase(eventId, ticketTypeId, 2, 'Maximiliane Wolkenstein-Oberhausen');
      await usePseudoLocale(page);
      await page.addInitScript(
        (connection) => localStorage.setItem('caldasa-door:connection', JSON.stringify(connection)),
        { baseUrl: env('SANDBOX_API_URL'), token: env('SANDBOX_ADMIN_TOKEN') },
      );
      const event = `/admin/events/${eventId}`;
      for (const path of [
        '/admin',
        `${event}/ticket-types`,
        `${event}/orders`,
        `${event}/sales`,
        '/admin/sales',
      ]) {
        await page.goto(`${env('SANDBOX_URL')}${path}`);
        await expect(page.locator('table').first()).toBeVisible();
        await expect(page.locator('.loading')).toHaveCount(0);
        // The heading may be the event's own name; the table's words are the app's.
        await expectPseudo(page, page.locator('main th, main [data-label]'));
        expect(await layoutProblems(page, 'main'), `${path} at ${width} px`).toEqual([]);
      }
    });
  });
}
