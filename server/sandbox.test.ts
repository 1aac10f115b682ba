import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Schemas } from './api-types.ts';
import { startSandbox } from './sandbox.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'caldasa-sandbox-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function get<T = Record<string, unknown>>(url: string, token: string) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as T };
}

it('seeds the demo tenant once, keeps it across restarts and reseeds on reset', async () => {
  const first = await startSandbox({ port: 0, dataDir, quiet: true });
  try {
    expect(first.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    const tenant = await get(`${first.apiUrl}/tenant`, first.doorToken);
    expect(tenant.body).toMatchObject({
      name: 'Caldasa Demo Venue',
      timeZone: 'Europe/Amsterdam',
      currency: 'EUR',
    });
    const events = await get<Schemas['PublicBookableEventListResponse']>(
      `${first.apiUrl}/events`,
      first.adminToken,
    );
    const statuses = events.body.items.map((e) => e.status).sort();
    expect(statuses).toEqual(['Cancelled', 'Draft', 'Published', 'Published']);
    const open = events.body.items[0]!;
    expect(open.ticketsRedeemed).toBeGreaterThan(0);
    const orders = await get(
      `${first.apiUrl}/events/${open.id}/ticket-orders?status=Cancelled`,
      first.adminToken,
    );
    expect(orders.body.totalCount).toBeGreaterThan(0);
    const page = readFileSync(first.ticketsPage, 'utf8');
    expect(page.match(/<svg/g)).toHaveLength(40);
    expect(statSync(join(dataDir, 'credentials.json')).mode & 0o777).toBe(0o600);
  } finally {
    await first.close();
  }
  const again = await startSandbox({ port: 0, dataDir, quiet: true });
  expect(again.adminToken).toBe(first.adminToken);
  await again.close();
  const reset = await startSandbox({ port: 0, dataDir, quiet: true, reset: true });
  expect(reset.adminToken).not.toBe(first.adminToken);
  expect((await get(`${reset.apiUrl}/tenant`, first.adminToken)).status).toBe(401);
  await reset.close();
});
