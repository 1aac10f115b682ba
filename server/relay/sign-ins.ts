/**
 * The sign-ins (API tokens) the relay has seen upstream accept, remembered as SHA-256 hashes with their
 * role and tenant, so a device can keep working while upstream is down. The raw token is kept only in
 * memory, for replaying that sign-in's offline scans; it is never written to disk or logged. After a
 * restart, a sign-in's waiting scans replay once its device is in touch again.
 */
import { createHash } from 'node:crypto';
import type { RelayDb } from './ledger-db.ts';

export interface SignIn {
  tokenHash: string;
  tenantId: string;
  userId: string;
  displayName: string;
  role: string;
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function readTenant(body: unknown): Omit<SignIn, 'tokenHash'> | null {
  if (!body || typeof body !== 'object') return null;
  const tenant: Record<string, unknown> = { ...body };
  const user = tenant.currentUser;
  if (!user || typeof user !== 'object') return null;
  const current: Record<string, unknown> = { ...user };
  const fields = [tenant.id, current.id, current.displayName, current.role];
  if (!fields.every((value) => typeof value === 'string')) return null;
  return {
    tenantId: String(tenant.id),
    userId: String(current.id),
    displayName: String(current.displayName),
    role: String(current.role),
  };
}

export type SignIns = ReturnType<typeof createSignIns>;

export function createSignIns(db: RelayDb) {
  const find = db.prepare<[string], SignIn>(
    `SELECT token_hash AS tokenHash, tenant_id AS tenantId, user_id AS userId, display_name AS displayName,
       role FROM sign_ins WHERE token_hash = ?`,
  );
  const save = db.prepare(`INSERT INTO sign_ins (token_hash, tenant_id, user_id, display_name, role, seen_at)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (token_hash) DO UPDATE SET tenant_id = excluded.tenant_id,
    user_id = excluded.user_id, display_name = excluded.display_name, role = excluded.role, seen_at = excluded.seen_at`);
  const remove = db.prepare('DELETE FROM sign_ins WHERE token_hash = ?');
  const memory = new Map<string, string>();
  const known = new Map<string, SignIn>();

  return {
    find(tokenHash: string): SignIn | undefined {
      const cached = known.get(tokenHash);
      if (cached) return cached;
      const row = find.get(tokenHash);
      if (row) known.set(tokenHash, row);
      return row;
    },
    /** Upstream answered GET /tenant for this token: remember who it is. False when the body is unreadable. */
    rememberFromTenant(token: string, body: unknown): boolean {
      const tenant = readTenant(body);
      if (!tenant) return false;
      const tokenHash = hashToken(token);
      save.run(
        tokenHash,
        tenant.tenantId,
        tenant.userId,
        tenant.displayName,
        tenant.role,
        new Date().toISOString(),
      );
      known.set(tokenHash, { tokenHash, ...tenant });
      memory.set(tokenHash, token);
      return true;
    },
    /** A token upstream accepted on some request: usable for replay while this process runs. */
    holdForReplay(token: string): void {
      memory.set(hashToken(token), token);
    },
    tokenFor: (tokenHash: string): string | undefined => memory.get(tokenHash),
    /** Upstream refused the token (401): it is no longer a sign-in the relay may accept offline. */
    forget(tokenHash: string): void {
      remove.run(tokenHash);
      known.delete(tokenHash);
      memory.delete(tokenHash);
    },
  };
}
