/**
 * Shared steps for the offline journeys: wait until the app can start offline, type codes, read the
 * pending count, and read the audit log without the idempotency probe's rows.
 */
import { expect, type Page } from '@playwright/test';
import { sandboxApi } from '../support/sandbox-api.ts';

export const OFFLINE_TITLE = 'Saved offline — not verified';

function savedQueryCount(): Promise<number> {
  return new Promise<number>((resolve) => {
    const open = indexedDB.open('caldasa-door');
    // Never create the database here: the app must create it with its own schema.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(0);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('kv')) return resolve(0);
      const get = db.transaction('kv').objectStore('kv').get('query-cache');
      get.onsuccess = () => {
        db.close();
        const queries: unknown = get.result?.state?.queries;
        resolve(Array.isArray(queries) ? queries.length : 0);
      };
      get.onerror = () => resolve(0);
    };
  });
}

/** Resolves once the service worker is active and the tenant and event are saved in IndexedDB. */
export async function waitUntilReadyOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(savedQueryCount), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
}

/** Types a code in the Ticket code field once no verdict covers it (the verdict is a modal). */
export async function typeCode(page: Page, code: string): Promise<void> {
  await expect(page.locator('dialog.verdict')).toHaveCount(0);
  await page.getByLabel('Ticket code').fill(code);
  await page.getByRole('button', { name: 'Check code' }).click();
}

/** Scans codes the server cannot verify: each one shows the amber verdict, then back to scanning. */
export async function scanUnverified(page: Page, codes: string[]): Promise<void> {
  for (const code of codes) {
    await typeCode(page, code);
    await expect(page.getByRole('heading', { name: OFFLINE_TITLE })).toBeVisible();
    await page.getByRole('button', { name: 'Scan next' }).click();
  }
}

export const HELD_WORDS = 'Kept on screen. Tap “Scan next” when done.';

/**
 * Admits one of `codes` and keeps its green verdict with a tap, as staff do to read it out. Green clears
 * itself after 1.5 s; a tap that came later (a busy machine) finds no verdict and the next code is tried.
 * Returns the code whose verdict is now held on screen.
 */
export async function admitAndHold(page: Page, codes: string[]): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Admitted' });
  for (const code of codes) {
    await typeCode(page, code);
    await expect(dialog).toBeVisible();
    const tapped = await dialog
      .getByRole('heading', { name: 'Admitted' })
      .click({ timeout: 1_000 })
      .then(() => true)
      .catch(() => false);
    if (tapped && (await dialog.getByText(HELD_WORDS).isVisible())) return code;
    await expect(dialog).toHaveCount(0);
  }
  throw new Error('The admitted verdict cleared before it could be tapped on every try.');
}

export const pendingBadge = (page: Page) => page.getByTestId('pending-badge');

/** The audit rows of real tickets for an event, without the idempotency probe's. */
export async function ticketAudit(eventId: string) {
  return (await sandboxApi().scanAudit(eventId)).filter((entry) => entry.ticketId !== null);
}

/** How many audit rows of each outcome a ticket has. */
export async function outcomesOf(eventId: string, ticketId: string): Promise<string[]> {
  return (await ticketAudit(eventId))
    .filter((entry) => entry.ticketId === ticketId)
    .map((entry) => entry.outcome);
}

/** Opens the queue screen through the door tools bar. */
export async function openQueue(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Scan queue' }).click();
  await expect(page.getByRole('heading', { name: 'Scan queue' })).toBeVisible();
}

/** The count shown for one state on the queue screen. */
export const stateCount = (page: Page, state: string) =>
  page.getByRole('table', { name: 'Scans by state' }).getByRole('row', { name: state }).getByRole('cell');
