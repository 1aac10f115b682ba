import { expect, test } from '@playwright/test';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; global setup starts the sandbox.`);
  return value;
}

async function tenantName(): Promise<string> {
  const response = await fetch(`${env('SANDBOX_API_URL')}/tenant`, {
    headers: { authorization: `Bearer ${env('SANDBOX_DOOR_TOKEN')}` },
  });
  const tenant: unknown = await response.json();
  const name = tenant && typeof tenant === 'object' && 'name' in tenant ? tenant.name : null;
  if (typeof name !== 'string') throw new Error('The sandbox tenant has no name');
  return name;
}

test('connecting with a door token shows the tenant and the event picker', async ({ page }) => {
  await page.goto(env('SANDBOX_URL'));
  await expect(page.getByLabel('API address')).toHaveValue(env('SANDBOX_API_URL'));
  await page.getByLabel('API token').fill(env('SANDBOX_DOOR_TOKEN'));
  await page.getByRole('button', { name: 'Connect' }).click();

  await expect(page.getByText(await tenantName(), { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choose the event' })).toBeVisible();
});

test('a wrong token is rejected with a message and the device stays disconnected', async ({ page }) => {
  await page.goto(env('SANDBOX_URL'));
  await page.getByLabel('API token').fill('not-a-real-token');
  await page.getByRole('button', { name: 'Connect' }).click();

  await expect(page.getByRole('alert')).toHaveText(/The server rejected this token/);
  await expect(page.getByRole('button', { name: 'Connect' })).toBeVisible();
});
