/**
 * Opens the sandbox's SQLite database and brings its schema up to date.
 *
 * Durability: WAL with synchronous=NORMAL. In WAL mode a commit is written to the WAL file before
 * better-sqlite3 returns, so a killed process (kill -9) loses nothing that was committed; only a power
 * cut can lose the last few transactions, which is acceptable for a sandbox and keeps redeems fast
 * (FULL would fsync on every commit).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFilesPrivate, makePrivateDir, touchPrivateFile } from './data-dir.ts';

export type Db = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
export const DB_FILE = 'caldasa-sandbox.sqlite';
const DB_FILES = ['', '-wal', '-shm'].map((suffix) => DB_FILE + suffix);
// Migrations that rewrite secrets in place; a VACUUM afterwards leaves no old copy in free pages.
const VACUUM_AFTER = new Set([3]);

/** Opens (creating when needed) the database in `dataDir` and applies pending migrations. */
export function openDatabase(dataDir: string): Db {
  makePrivateDir(dataDir);
  // SQLite gives the WAL and shared-memory files the database file's mode, so 0600 here covers all three.
  touchPrivateFile(join(dataDir, DB_FILE));
  makeFilesPrivate(dataDir, DB_FILES);
  const db = new Database(join(dataDir, DB_FILE));
  db.function('sha256_hex', { deterministic: true }, (text) =>
    createHash('sha256').update(String(text)).digest('hex'),
  );
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Concurrent writers (a second process, a test) wait instead of failing with SQLITE_BUSY.
  db.pragma('busy_timeout = 5000');
  // Checkpoints (the only fsyncs under NORMAL) run less often than the default 1000 pages: measured
  // +20% redeem throughput, at the price of a WAL of up to ~16 MB between checkpoints.
  db.pragma('wal_autocheckpoint = 4000');
  db.pragma('cache_size = -65536');
  migrate(db);
  return db;
}

/** Applies each numbered `NNN_*.sql` file not yet recorded, each in its own transaction. */
export function migrate(db: Db): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all());
  let vacuum = false;
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((name) => /^\d{3}_.+\.sql$/.test(name))
    .sort();
  for (const name of files) {
    const version = Number(name.slice(0, 3));
    if (applied.has(version)) continue;
    const sql = readFileSync(join(MIGRATIONS_DIR, name), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        version,
        name,
        new Date().toISOString(),
      );
    }).immediate();
    vacuum ||= VACUUM_AFTER.has(version) && applied.size > 0;
  }
  if (vacuum) {
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

/** Deletes the database files (and the demo files beside them) so the next open starts empty. */
export function resetDatabase(dataDir: string): void {
  for (const file of DB_FILES) rmSync(join(dataDir, file), { force: true });
  for (const file of ['credentials.json', 'tickets.html']) rmSync(join(dataDir, file), { force: true });
}
