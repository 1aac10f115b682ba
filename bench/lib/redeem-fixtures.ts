/**
 * Tickets and door tokens for `bench:api`, written straight into a sandbox's database (beside the running
 * server, which WAL allows) through the same services the API uses: faster than buying 100,000+ tickets
 * over HTTP, and not paced by the rate limit of the server as shipped.
 */
import { issueToken } from '../../server/auth.ts';
import { openDatabase } from '../../server/db/database.ts';
import { createServices } from '../../server/services.ts';

const HOUR = 3_600_000;

export interface RedeemFixtures {
  eventId: string;
  tickets: string[];
  doorTokens: string[];
}

/** A published event whose doors are open, `ticketCount` valid tickets and `devices` door tokens. */
export function createRedeemFixtures(dataDir: string, ticketCount: number, devices: number): RedeemFixtures {
  const db = openDatabase(dataDir);
  try {
    const services = createServices(db);
    const tenantId = db.prepare<[], string>('SELECT id FROM tenants LIMIT 1').pluck().get();
    if (!tenantId) throw new Error(`${dataDir} has no tenant; start the sandbox first.`);
    const tenant = services.tenant(tenantId);
    const now = Date.now();
    const event = services.events.create(tenant, {
      name: 'Bench night',
      doorsOpenAt: new Date(now - HOUR).toISOString(),
      startsAt: new Date(now + HOUR).toISOString(),
      endsAt: new Date(now + 4 * HOUR).toISOString(),
      capacity: 1_000_000,
    });
    const type = services.ticketTypes.create(event, tenant.currency, {
      name: 'General admission',
      price: 10,
      quantity: 1_000_000,
    });
    services.events.publish(tenant.id, event.id);
    const tickets: string[] = [];
    while (tickets.length < ticketCount) {
      const order = services.purchases.purchase(tenant.id, {
        eventId: event.id,
        ticketTypeId: type.id,
        quantity: 50,
        customerName: 'Bench Customer',
        customerEmail: 'bench@example.com',
      });
      tickets.push(...order.tickets.map((ticket) => ticket.token));
    }
    const doorTokens = Array.from(
      { length: devices },
      (_, i) => issueToken(db, tenant.id, 'Door', `Bench device ${i + 1}`).token,
    );
    return { eventId: event.id, tickets, doorTokens };
  } finally {
    db.close();
  }
}
