/**
 * Idempotency-Key records (IETF draft "The Idempotency-Key HTTP Header Field"): scoped by the hash of
 * the API token that sent them, kept 24 hours, and bound to a fingerprint of the request body so a
 * reused key with a different body is refused (422).
 */
import type { Db } from '../db/database.ts';
import { sha256 } from '../auth.ts';
import { ApiProblem } from '../problems.ts';

const RETENTION_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  statusCode: number;
  body: unknown;
}

interface Row {
  requestHash: string;
  statusCode: number;
  responseBody: string;
  createdAt: string;
}

/** A stable fingerprint of a JSON value: object keys sorted, so field order does not matter. */
export function fingerprint(value: unknown): string {
  const canonical = JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
  return sha256(canonical);
}

export function createIdempotencyStore(db: Db) {
  const find = db.prepare<
    [string, string],
    Row
  >(`SELECT request_hash AS requestHash, status_code AS statusCode,
      response_body AS responseBody, created_at AS createdAt
    FROM idempotency_keys WHERE api_token_hash = ? AND idempotency_key = ?`);
  const save = db.prepare(`INSERT OR REPLACE INTO idempotency_keys
    (api_token_hash, idempotency_key, request_hash, status_code, response_body, created_at) VALUES (?, ?, ?, ?, ?, ?)`);

  return {
    /** The stored first answer for this key, null when there is none (or it expired); 422 on a body mismatch. */
    replay(tokenHash: string, key: string, requestHash: string, now: Date): StoredResponse | null {
      const row = find.get(tokenHash, key);
      if (!row || now.getTime() - Date.parse(row.createdAt) > RETENTION_MS) return null;
      if (row.requestHash !== requestHash) {
        throw new ApiProblem(
          422,
          'This Idempotency-Key was already used with a different request body. Use a new key for a new request.',
        );
      }
      return { statusCode: row.statusCode, body: JSON.parse(row.responseBody) };
    },
    remember(tokenHash: string, key: string, requestHash: string, response: StoredResponse, now: Date): void {
      save.run(
        tokenHash,
        key,
        requestHash,
        response.statusCode,
        JSON.stringify(response.body),
        now.toISOString(),
      );
    },
  };
}
