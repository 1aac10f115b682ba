/**
 * The yardstick for `bench:api`: the least a redeem server can do with the same stack (fastify +
 * better-sqlite3 in WAL mode), in its own process. No auth, no validation, no logs; one transaction that
 * finds the ticket, claims it if unredeemed and writes an audit row. Tickets are `m-0` … `m-<count-1>`.
 * Prints one JSON line with its URL, then serves until SIGTERM.
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const [dataDir, countText] = process.argv.slice(2);
if (!dataDir || !countText) throw new Error('usage: minimal-redeem-server <dataDir> <ticketCount>');

const db = new Database(join(dataDir, 'minimal.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`CREATE TABLE tickets (token TEXT PRIMARY KEY, redeemed_at TEXT);
  CREATE TABLE audit (id INTEGER PRIMARY KEY, token TEXT NOT NULL, outcome TEXT NOT NULL, at TEXT NOT NULL);`);
const insert = db.prepare('INSERT INTO tickets (token) VALUES (?)');
db.transaction((count: number) => {
  for (let i = 0; i < count; i += 1) insert.run(`m-${i}`);
})(Number(countText));

const find = db.prepare<[string], { redeemed_at: string | null }>(
  'SELECT redeemed_at FROM tickets WHERE token = ?',
);
const claim = db.prepare('UPDATE tickets SET redeemed_at = ? WHERE token = ? AND redeemed_at IS NULL');
const audit = db.prepare('INSERT INTO audit (token, outcome, at) VALUES (?, ?, ?)');
const redeem = db.transaction((token: string) => {
  const now = new Date().toISOString();
  const ticket = find.get(token);
  const outcome = !ticket ? 'NotFound' : claim.run(now, token).changes === 1 ? 'Redeemed' : 'AlreadyRedeemed';
  audit.run(token, outcome, now);
  return outcome;
});

const app = Fastify({ logger: false });
app.post<{ Body: { token: string } }>('/tickets/redeem', async (request) => ({
  outcome: redeem.immediate(String(request.body.token)),
}));
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as AddressInfo;
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}/tickets/redeem` })}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
