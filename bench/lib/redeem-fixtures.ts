/**
 * Tickets and door tokens for `bench:api`, written straight into a sandbox's database (beside the running
 * server, which WAL allows): faster than buying 100,000+ tickets over HTTP, and not paced by the rate
 * limit of the server as shipped.
 */
import { randomUUID } from 'node:crypto';
import { issueToken, randomToken, sha256 } from '../../server/auth.ts';
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
    // Rows written directly (the purchase service recounts the event's tickets on every order, which
    // makes 100,000+ tickets quadratic); the token is stored as its hash, as the purchase service does.
    const insertOrder = db.prepare(`INSERT INTO orders (seq, id, event_id, order_number, customer_name,
      customer_email, search_text, status, total_minor, created_at)
      VALUES (?, ?, ?, ?, 'Bench Customer', 'bench@example.com', 'bench', 'Paid', 0, ?)`);
    const insertTicket = db.prepare(`INSERT INTO tickets (id, order_id, event_id, ticket_type_id, token_hash,
      holder_name, price_minor, status) VALUES (?, ?, ?, ?, ?, 'Bench Customer', 1000, 'Valid')`);
    const firstSeq =
      db.prepare<[], number>('SELECT COALESCE(MAX(seq), 0) + 1 FROM orders').pluck().get() ?? 1;
    const tickets: string[] = [];
    db.transaction(() => {
      for (let i = 0; tickets.length < ticketCount; i += 1) {
        const orderId = randomUUID();
        insertOrder.run(firstSeq + i, orderId, event.id, `BENCH-${firstSeq + i}`, new Date().toISOString());
        for (let j = 0; j < 50; j += 1) {
          const token = randomToken(16);
          insertTicket.run(randomUUID(), orderId, event.id, type.id, sha256(token));
          tickets.push(token);
        }
      }
    })();
    const doorTokens = Array.from(
      { length: devices },
      (_, i) => issueToken(db, tenant.id, 'Door', `Bench device ${i + 1}`).token,
    );
    return { eventId: event.id, tickets, doorTokens };
  } finally {
    db.close();
  }
}
