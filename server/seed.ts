/**
 * The demo tenant: a venue with four events around "now", 500+ orders with varied names, a few
 * cancelled orders and check-ins, an admin and a door token, and a printable page of QR codes.
 * Raw tokens are kept in `<dataDir>/credentials.json` (mode 0600) so `npm start` can print them.
 *
 * CLI: `tsx server/seed.ts [--data <dir>] [--reset]`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { issueToken, sha256, type Principal } from './auth.ts';
import { openDatabase, resetDatabase, type Db } from './db/database.ts';
import { createTenant, type Tenant } from './domain/tenant.ts';
import { demoEvents } from './seed/demo-events.ts';
import { customer, seededRandom } from './seed/names.ts';
import { ticketsPage, type PrintableTicket } from './seed/tickets-page.ts';
import { createServices, type Services } from './services.ts';

export interface Credentials {
  adminToken: string;
  doorToken: string;
}

export const CREDENTIALS_FILE = 'credentials.json';
export const TICKETS_PAGE_FILE = 'tickets.html';
const DAY = 86_400_000;

function buyOrders(
  services: Services,
  tenant: Tenant,
  eventId: string,
  typeIds: string[],
  count: number,
  random: () => number,
) {
  const bought: (PrintableTicket & { orderId: string })[] = [];
  for (let i = 0; i < count; i += 1) {
    const person = customer(random);
    const ticketTypeId = typeIds[random() < 0.7 ? 0 : random() < 0.5 ? 1 : 2] ?? '';
    const quantity = 1 + Math.floor(random() * random() * 6);
    const createdAt = new Date(Date.now() - random() * 30 * DAY).toISOString();
    const request = {
      eventId,
      ticketTypeId,
      quantity,
      customerName: person.name,
      customerEmail: person.email,
    };
    const result = services.purchases.purchase(tenant.id, request, createdAt);
    for (const t of result.tickets)
      bought.push({ ...t, orderId: result.orderId, orderNumber: result.orderNumber });
  }
  return bought;
}

function seedEvent(
  services: Services,
  tenant: Tenant,
  random: () => number,
  event: ReturnType<typeof demoEvents>[number],
) {
  const row = services.events.create(tenant, event.request);
  const typeIds = event.ticketTypes.map((type) => services.ticketTypes.create(row, tenant.currency, type).id);
  if (event.key === 'draft') return { eventId: row.id, tickets: [] };
  services.events.publish(tenant.id, row.id);
  const tickets = buyOrders(services, tenant, row.id, typeIds, event.orders, random);
  if (event.key === 'cancelled') services.events.cancel(tenant.id, row.id);
  return { eventId: row.id, tickets };
}

/** Cancels a few orders and checks a few tickets in at the open event, so every screen has data. */
function addHistory(
  services: Services,
  tenant: Tenant,
  door: Principal,
  eventId: string,
  tickets: { token: string; orderId: string }[],
) {
  const orderIds = [...new Set(tickets.map((t) => t.orderId))];
  for (const orderId of orderIds.slice(-5))
    services.orders.cancel(eventId, tenant.currency, orderId, 'Customer asked for a refund.');
  for (const [i, ticket] of tickets.slice(60, 72).entries()) {
    const body = {
      bookableEventId: eventId,
      token: ticket.token,
      door: i % 2 ? 'Main entrance' : 'Side door',
      override: false,
    };
    services.redeem.redeem({ principal: door, tenant, body });
  }
}

/** Seeds an empty database; returns the raw tokens. */
export async function seedDemo(db: Db, dataDir: string): Promise<Credentials> {
  const services = createServices(db);
  const random = seededRandom(20250601);
  const tenant = createTenant(db, {
    name: 'Caldasa Demo Venue',
    timeZone: 'Europe/Amsterdam',
    currency: 'EUR',
    doorsOpenGraceMinutes: 30,
  });
  const admin = issueToken(db, tenant.id, 'Admin', 'Alex from the office');
  const door = issueToken(db, tenant.id, 'Door', 'Sam at the door');
  const doorPrincipal = {
    userId: door.userId,
    tenantId: tenant.id,
    displayName: 'Sam at the door',
    role: 'Door' as const,
    tokenHash: sha256(door.token),
  };
  let openEvent: { name: string; tickets: (PrintableTicket & { orderId: string })[] } | undefined;
  for (const event of demoEvents(Date.now())) {
    const seeded = db.transaction(() => seedEvent(services, tenant, random, event))();
    if (event.key !== 'open') continue;
    addHistory(services, tenant, doorPrincipal, seeded.eventId, seeded.tickets);
    openEvent = { name: event.request.name, tickets: seeded.tickets };
  }
  const credentials = { adminToken: admin.token, doorToken: door.token };
  writeFileSync(join(dataDir, CREDENTIALS_FILE), JSON.stringify(credentials, null, 2), { mode: 0o600 });
  if (openEvent) await writeTicketsPage(dataDir, openEvent.name, openEvent.tickets.slice(0, 40));
  return credentials;
}

async function writeTicketsPage(
  dataDir: string,
  eventName: string,
  tickets: PrintableTicket[],
): Promise<void> {
  writeFileSync(join(dataDir, TICKETS_PAGE_FILE), await ticketsPage(eventName, tickets));
}

/** Seeds when the database has no tenant yet; otherwise reads the stored credentials. */
export async function ensureSeeded(db: Db, dataDir: string): Promise<Credentials> {
  const tenants = db.prepare('SELECT COUNT(*) FROM tenants').pluck().get();
  const file = join(dataDir, CREDENTIALS_FILE);
  if (tenants === 0) return seedDemo(db, dataDir);
  if (existsSync(file)) {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isCredentials(stored)) return stored;
  }
  throw new Error(
    `${file} is missing or unreadable, so the demo tokens are unknown. Run with --reset to reseed.`,
  );
}

function isCredentials(value: unknown): value is Credentials {
  return (
    typeof value === 'object' &&
    value !== null &&
    'adminToken' in value &&
    'doorToken' in value &&
    typeof value.adminToken === 'string' &&
    typeof value.doorToken === 'string'
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string', default: '.data' }, reset: { type: 'boolean', default: false } },
  });
  if (values.reset) resetDatabase(values.data);
  const db = openDatabase(values.data);
  const credentials = await ensureSeeded(db, values.data);
  db.close();
  console.log(`Admin token: ${credentials.adminToken}\nDoor token: ${credentials.doorToken}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
