/**
 * The relay's own SQLite database (`relay.sqlite` in its data directory): the redeem ledger, the
 * remembered sign-ins (token hashes only), the per-sign-in answer cache and the devices seen.
 *
 * Durability: WAL. The relay's own decisions (scans it accepts offline) commit with synchronous=FULL, so
 * each is fsynced before its answer leaves: neither `kill -9` nor a power cut loses one. Everything else
 * (forwarded scans, the cache, devices) commits with NORMAL, which survives `kill -9`; a power cut may
 * lose the last of those, which upstream holds anyway.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type RelayDb = Database.Database;
export const RELAY_DB_FILE = 'relay.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS scans (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  scan_id TEXT NOT NULL UNIQUE,
  tenant_id TEXT,
  sign_in TEXT NOT NULL,
  user_id TEXT,
  device_id TEXT,
  device_name TEXT,
  device_key TEXT,
  request_hash TEXT NOT NULL,
  event_id TEXT NOT NULL,
  token TEXT NOT NULL,
  door TEXT,
  override INTEGER NOT NULL,
  scanned_at TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  state TEXT NOT NULL,
  answer TEXT,
  upstream_key TEXT,
  upstream_body TEXT,
  upstream_answer TEXT,
  replay_attempts INTEGER NOT NULL DEFAULT 0,
  replayed_at TEXT,
  last_error TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS scans_device_key ON scans (sign_in, device_key) WHERE device_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS scans_state ON scans (state, seq);
CREATE INDEX IF NOT EXISTS scans_time ON scans (scanned_at);
CREATE TABLE IF NOT EXISTS admissions (
  event_id TEXT NOT NULL,
  token TEXT NOT NULL,
  scan_id TEXT NOT NULL,
  PRIMARY KEY (event_id, token)
);
CREATE TABLE IF NOT EXISTS sign_ins (
  token_hash TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  seen_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS answer_cache (
  token_hash TEXT NOT NULL,
  path TEXT NOT NULL,
  body TEXT NOT NULL,
  content_type TEXT NOT NULL,
  cached_at TEXT NOT NULL,
  PRIMARY KEY (token_hash, path)
);
CREATE TABLE IF NOT EXISTS devices (
  device_id TEXT PRIMARY KEY,
  device_name TEXT NOT NULL,
  tenant_id TEXT,
  sign_in_name TEXT,
  door TEXT,
  last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS relay_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

/** Opens (creating when needed) the relay database in `dataDir`. */
export function openRelayDb(dataDir: string): RelayDb {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, RELAY_DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}
