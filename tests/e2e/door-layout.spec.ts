/**
 * The door on phones and tablets, upright and on their side: every verdict keeps its icon and title in
 * view, the verdict is a modal (focus stays in it, Escape scans next, focus comes back), tap targets are
 * at least 44 px, and the queue fits a 390 px phone in plain words.
 */
import type { Page } from '@playwright/test';
import { expect, openDoor, test } from '../support/camera-fixture.ts';
import { sandboxApi } from '../support/sandbox-api.ts';
import { typeCode } from './offline-helpers.ts';

const HOUR = 3_600_000;
const SIZES = [
  { name: 'phone portrait', width: 390, height: 844 },
  { name: 'phone landscape', width: 844, height: 390 },
  { name: 'tablet portrait', width: 820, height: 1180 },
  { name: 'tablet landscape', width: 1180, height: 820 },
];

/** The element's box lies wholly inside the viewport, clear of the top edge, and at least `min` px tall. */
async function expectInView(page: Page, selector: string, min: number) {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, selector).not.toBeNull();
  expect(box!.height).toBeGreaterThanOrEqual(min);
  expect(box!.y).toBeGreaterThanOrEqual(8);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
}

async function verdictInView(page: Page, title: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await expectInView(page, 'dialog.verdict .verdict-icon', 64);
  await expectInView(page, 'dialog.verdict h2', 28);
  // The whole verdict fits: nothing to scroll for, "Scan next" included.
  await expectInView(page, 'dialog.verdict .verdict-next', 44);
}

for (const size of SIZES) {
  test(`every verdict keeps its icon and title in view on a ${size.name}`, async ({ page }) => {
    const api = sandboxApi();
    const open = await api.openEvent({ name: `Layout ${size.name}` });
    const [ticket, offline] = (await api.purchase(open.eventId, open.ticketTypeId, 2, 'Layout Guest'))
      .tickets;
    await page.setViewportSize(size);
    await openDoor(page, { eventId: open.eventId, door: 'Main entrance' });

    await typeCode(page, ticket!.token);
    await verdictInView(page, 'Admitted');
    await page.getByRole('button', { name: 'Scan next' }).click();
    await typeCode(page, ticket!.token);
    await verdictInView(page, 'Already used');
    await page.getByRole('button', { name: 'Scan next' }).click();
    await typeCode(page, 'ZZnotOneOfOurTickets42');
    await verdictInView(page, 'Refused');
    await page.getByRole('button', { name: 'Scan next' }).click();
    // The two offline verdicts carry the longest words of the door.
    await page.context().setOffline(true);
    await typeCode(page, offline!.token);
    await verdictInView(page, 'Saved offline — not verified');
    await page.getByRole('button', { name: 'Scan next' }).click();
    await typeCode(page, offline!.token);
    await verdictInView(page, 'Scanned twice on this device');
    await page.getByRole('button', { name: 'Scan next' }).click();
    await page.context().setOffline(false);

    const early = await api.openEvent({
      name: `Layout early ${size.name}`,
      doorsOpenAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      startsAt: new Date(Date.now() + 25 * HOUR).toISOString(),
      endsAt: new Date(Date.now() + 28 * HOUR).toISOString(),
    });
    const [earlyTicket] = (await api.purchase(early.eventId, early.ticketTypeId, 1, 'Early')).tickets;
    await page.getByRole('button', { name: /Change event/ }).click();
    await page.getByLabel('Search events').fill(`Layout early ${size.name}`);
    await page.getByRole('button', { name: new RegExp(`Layout early ${size.name}`) }).click();
    await typeCode(page, earlyTicket!.token);
    await verdictInView(page, 'Doors not open yet');
    // A time a day away names the day, not only the clock.
    await expect(page.getByText(/Doors open \w{3} \d{1,2} \w{3} \d\d:\d\d/)).toBeVisible();
  });
}

test('the verdict is a modal: Tab stays inside, Escape scans next, focus returns to the code field', async ({
  page,
}) => {
  const { eventId } = await sandboxApi().openEvent({ name: 'Modal verdict' });
  await openDoor(page, { eventId, door: 'North' });
  const field = page.getByLabel('Ticket code');
  await field.fill('ZZnotOneOfOurTickets43');
  await field.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Refused' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Scan next' })).toBeFocused();
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog.verdict') !== null)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(field).toBeFocused();
});

test('door controls are at least 44 px tall on a phone and a tablet', async ({ page }) => {
  const { eventId } = await sandboxApi().openEvent({ name: 'Tap targets' });
  for (const size of [SIZES[0]!, SIZES[3]!]) {
    await page.setViewportSize(size);
    await openDoor(page, { eventId, door: 'North' });
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    // A checkbox or radio inside its label is tapped through the label, so the label is the target.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, a, input, select, label')]
        .filter((element) => element.getClientRects().length > 0)
        .filter((element) => !(element instanceof HTMLInputElement && element.closest('label.switch')))
        .map((element) => ({ text: element.textContent?.trim() ?? '', box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ text, box }) => `${text} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
  }
});

test('the queue fits a 390 px phone, in plain words and with no raw id', async ({ page }) => {
  const api = sandboxApi();
  const { eventId, ticketTypeId } = await api.openEvent({ name: 'Queue on a phone' });
  const [ticket] = (await api.purchase(eventId, ticketTypeId, 1, 'Queue Guest')).tickets;
  await page.setViewportSize({ width: 390, height: 844 });
  await openDoor(page, { eventId, door: 'North' });
  await typeCode(page, ticket!.token);
  await page.getByRole('button', { name: 'Scan next' }).click();
  await typeCode(page, ticket!.token);
  await expect(page.getByRole('dialog', { name: 'Already used' })).toBeVisible();
  await page.getByRole('button', { name: 'Scan next' }).click();

  await page.getByRole('link', { name: 'Scan queue' }).click();
  const scans = page.getByRole('list', { name: 'Latest scans' }).getByRole('listitem');
  await expect(scans).toHaveCount(2);
  await expect(scans.first()).toContainText('Refused: already used');
  await expect(scans.first()).toContainText('Queue on a phone');
  await expect(scans.last()).toContainText('Admitted (verified)');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i);
  expect(text).not.toMatch(/AlreadyRedeemed|NotFound|DoorsNotOpen|WrongEvent/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
