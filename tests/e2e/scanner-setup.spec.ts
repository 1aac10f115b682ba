import { expect, test } from '@playwright/test';
import { sandboxApi } from '../support/sandbox-api.ts';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; global setup starts the sandbox.`);
  return value;
}

test('picks the event and the door after connecting, remembers them, and changes them in one tap', async ({
  page,
}) => {
  const name = `Setup night ${Date.now()}`;
  await sandboxApi().openEvent({ name });
  await page.goto(env('SANDBOX_URL'));
  await page.getByLabel('API token').fill(env('SANDBOX_DOOR_TOKEN'));
  await page.getByRole('button', { name: 'Connect' }).click();

  await page.getByLabel('Search events').fill(name);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByLabel('Door name').fill('Garden gate');
  await page.getByRole('button', { name: 'Start scanning' }).click();
  await expect(page.getByRole('button', { name: `Event: ${name}. Change event` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Door: Garden gate. Change door' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Door: Garden gate. Change door' })).toBeVisible();
  await page.getByRole('button', { name: 'Door: Garden gate. Change door' }).click();
  await expect(page.getByRole('list', { name: 'Doors used before' })).toContainText('Garden gate');
  await page.getByRole('button', { name: 'Garden gate', exact: true }).click();
  await expect(page.getByLabel('Ticket code')).toBeVisible();
});
