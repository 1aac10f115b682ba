/**
 * The per-sign-in cache of the answers a door needs to start and pick its event while upstream is down:
 * the tenant, the events list, an event's detail and its ticket types. Each is upstream's last 200 for
 * that sign-in and path, kept with the time it came.
 */
import type { RelayDb } from './ledger-db.ts';

const CACHEABLE = [
  /^\/tenant$/,
  /^\/events(\?.*)?$/,
  /^\/events\/[^/?]+$/,
  /^\/events\/[^/?]+\/ticket-types$/,
];

/** Whether a GET of this API path (under /api, with its query) is cached. */
export function isCacheable(method: string, path: string): boolean {
  return method === 'GET' && CACHEABLE.some((pattern) => pattern.test(path));
}

export interface CachedAnswer {
  body: string;
  contentType: string;
  cachedAt: string;
}

export type AnswerCache = ReturnType<typeof createAnswerCache>;

export function createAnswerCache(db: RelayDb) {
  const save =
    db.prepare(`INSERT OR REPLACE INTO answer_cache (token_hash, path, body, content_type, cached_at)
    VALUES (?, ?, ?, ?, ?)`);
  const find = db.prepare<[string, string], CachedAnswer>(
    `SELECT body, content_type AS contentType, cached_at AS cachedAt FROM answer_cache
      WHERE token_hash = ? AND path = ?`,
  );
  return {
    store(tokenHash: string, path: string, body: Buffer, contentType: string): void {
      save.run(tokenHash, path, body.toString('utf8'), contentType, new Date().toISOString());
    },
    find: (tokenHash: string, path: string): CachedAnswer | undefined => find.get(tokenHash, path),
  };
}
