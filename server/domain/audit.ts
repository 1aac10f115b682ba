/** Reading the redemption audit log (sandbox helper): oldest first. */
import type { Db } from '../db/database.ts';
import type { SandboxSchemas } from '../api-types.ts';

type AuditEntry = SandboxSchemas['SandboxAuditEntry'];

export function createAuditReader(db: Db) {
  const rows = db.prepare<[string, string, number], Omit<AuditEntry, 'override'> & { override: number }>(
    `SELECT a.id, a.ticket_id AS ticketId, a.token_hash AS tokenHash, a.event_id AS bookableEventId, a.door,
       a.user_id AS userId, a.outcome, a.override, a.notes, a.attempted_at AS attemptedAt
     FROM redemption_audit a JOIN events e ON e.id = a.event_id
     WHERE a.event_id = ? AND e.tenant_id = ? ORDER BY a.id LIMIT ?`,
  );
  return (tenantId: string, eventId: string, limit: number): AuditEntry[] =>
    rows.all(eventId, tenantId, limit).map((row) => ({ ...row, override: row.override === 1 }));
}
