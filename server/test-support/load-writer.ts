/**
 * A child process for the persistence test: seeds a minimal tenant and event in the given data
 * directory, then buys tickets in a tight loop, printing each order id only after its transaction has
 * committed, until it is killed.
 */
import { openDatabase } from '../db/database.ts';
import { createTenant } from '../domain/tenant.ts';
import { createServices } from '../services.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: load-writer <dataDir>');
const db = openDatabase(dataDir);
const services = createServices(db);
const tenant = createTenant(db, {
  name: 'Load',
  timeZone: 'UTC',
  currency: 'EUR',
  doorsOpenGraceMinutes: 30,
});
const hour = 3_600_000;
const event = services.events.create(tenant, {
  name: 'Load test',
  startsAt: new Date(Date.now() + hour).toISOString(),
  endsAt: new Date(Date.now() + 2 * hour).toISOString(),
  capacity: 1_000_000,
});
const type = services.ticketTypes.create(event, 'EUR', { name: 'GA', price: 1, quantity: 1_000_000 });
services.events.publish(tenant.id, event.id);
process.stdout.write(`event ${event.id}\n`);
for (;;) {
  const request = {
    eventId: event.id,
    ticketTypeId: type.id,
    quantity: 3,
    customerName: 'Load',
    customerEmail: 'l@example.com',
  };
  const order = services.purchases.purchase(tenant.id, request);
  process.stdout.write(`order ${order.orderId}\n`);
}
