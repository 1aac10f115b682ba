import Database from 'better-sqlite3';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from './auth.ts';
import { DB_FILE, openDatabase } from './db/database.ts';
import { startSandbox } from './sandbox.ts';
import { createTestSandbox } from './test-support/harness.ts';

const root = mkdtempSync(join(tmpdir(), 'caldasa-data-dir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o777;
const fileText = (dir: string) =>
  ['', '-wal', '-shm']
    .map((suffix) => join(dir, DB_FILE + suffix))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('');

describe('the data directory', () => {
  it('is readable by its owner only, also when an older sandbox left it open', async () => {
    const dataDir = join(root, 'open');
    mkdirSync(dataDir, { mode: 0o755 });
    writeFileSync(join(dataDir, DB_FILE), '');
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, DB_FILE), 0o644);
    const sandbox = await startSandbox({ port: 0, dataDir, quiet: true });
    try {
      expect(modeOf(dataDir)).toBe(0o700);
      for (const file of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, 'tickets.html', 'credentials.json'])
        expect(modeOf(join(dataDir, file)), file).toBe(0o600);
    } finally {
      await sandbox.close();
    }
  });

  it('keeps ticket tokens only as hashes: a copy of the database holds no valid code', async () => {
    const sandbox = await createTestSandbox();
    try {
      const { eventId, ticketTypeId } = await sandbox.publishedEvent();
      const tokens = await sandbox.buy(eventId, ticketTypeId, 3);
      expect(tokens).toHaveLength(3);
      for (const token of tokens) expect(fileText(sandbox.dataDir)).not.toContain(token);
      const result = await sandbox.call('POST', '/api/tickets/redeem', {
        token: sandbox.doorToken,
        body: { bookableEventId: eventId, token: tokens[0] },
      });
      expect(result.body.outcome).toBe('Redeemed');
    } finally {
      await sandbox.close();
    }
  });

  it('hashes the tokens of a database made before, and their codes still find their tickets', () => {
    const dataDir = join(root, 'before');
    mkdirSync(dataDir);
    const old = new Database(join(dataDir, DB_FILE));
    old.pragma('journal_mode = WAL');
    old.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    for (const name of ['001_initial.sql', '002_ticket_count_index.sql']) {
      old.exec(readFileSync(join(import.meta.dirname, 'db', 'migrations', name), 'utf8'));
      old
        .prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)')
        .run(Number(name.slice(0, 3)), name, 'then');
    }
    old.exec(`INSERT INTO tenants VALUES ('t', 'Old', 'UTC', 'EUR', 30);
      INSERT INTO events VALUES ('e', 't', 'Old night', NULL, 'Published', '2030-01-01T20:00:00.000Z',
        '2030-01-01T23:00:00.000Z', '2030-01-01T19:00:00.000Z', 'UTC', 10, 'then', 'then', 'then', NULL);
      INSERT INTO ticket_types VALUES ('tt', 'e', 'GA', NULL, 1000, 10, 'then');
      INSERT INTO orders VALUES (1, 'o', 'e', 'CD-1', 'Ada', 'ada@example.com', 'ada', 'Paid', 1000, 'then', NULL, NULL);
      INSERT INTO tickets VALUES ('k', 'o', 'e', 'tt', 'clear-old-ticket-token', 'Ada', 1000, 'Valid', NULL, NULL, NULL);`);
    old.close();
    const db = openDatabase(dataDir);
    try {
      const stored = db.prepare('SELECT id FROM tickets WHERE token_hash = ?').pluck();
      expect(stored.get(sha256('clear-old-ticket-token'))).toBe('k');
      expect(fileText(dataDir)).not.toContain('clear-old-ticket-token');
    } finally {
      db.close();
    }
  });
});
