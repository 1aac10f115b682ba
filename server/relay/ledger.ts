/**
 * The redeem ledger: every scan that came through the relay, and the first admission of each ticket at
 * this venue. Offline decisions are one immediate SQLite transaction each (better-sqlite3 is synchronous,
 * so no other request runs between the check and the write): first scan wins across every device.
 *
 * Scan states: forwarding (sent upstream, no answer yet) → online (upstream answered), or, when upstream
 * could not answer, accepted-offline (waits for replay) or repeat-offline (already admitted here, final).
 * Replay ends accepted-offline scans as confirmed, conflict or refused-after-entry. A scan found
 * `forwarding` at start-up was never answered (the relay died mid-request): unanswered, the device retries.
 */
import type { RelayDb } from './ledger-db.ts';
import type { RedeemAnswer } from './redeem-answers.ts';

export type ScanState =
  | 'forwarding'
  | 'online'
  | 'accepted-offline'
  | 'repeat-offline'
  | 'confirmed'
  | 'conflict'
  | 'refused-after-entry'
  | 'unanswered';

export interface ScanInput {
  scanId: string;
  tenantId: string | null;
  signIn: string;
  userId: string | null;
  deviceId: string | null;
  deviceName: string | null;
  deviceKey: string | null;
  requestHash: string;
  eventId: string;
  token: string;
  door: string | null;
  override: boolean;
  scannedAt: string;
  upstreamKey: string | null;
  upstreamBody: string;
}

export interface ScanRow {
  seq: number;
  scanId: string;
  tenantId: string | null;
  signIn: string;
  userId: string | null;
  deviceId: string | null;
  deviceName: string | null;
  deviceKey: string | null;
  requestHash: string;
  eventId: string;
  token: string;
  door: string | null;
  override: number;
  scannedAt: string;
  decidedBy: 'upstream' | 'relay';
  state: ScanState;
  answer: string | null;
  upstreamKey: string | null;
  upstreamBody: string;
  upstreamAnswer: string | null;
  replayAttempts: number;
  replayedAt: string | null;
  lastError: string | null;
}

const FIELDS: Array<[column: string, alias: keyof ScanRow]> = [
  ['seq', 'seq'],
  ['scan_id', 'scanId'],
  ['tenant_id', 'tenantId'],
  ['sign_in', 'signIn'],
  ['user_id', 'userId'],
  ['device_id', 'deviceId'],
  ['device_name', 'deviceName'],
  ['device_key', 'deviceKey'],
  ['request_hash', 'requestHash'],
  ['event_id', 'eventId'],
  ['token', 'token'],
  ['door', 'door'],
  ['override', 'override'],
  ['scanned_at', 'scannedAt'],
  ['decided_by', 'decidedBy'],
  ['state', 'state'],
  ['answer', 'answer'],
  ['upstream_key', 'upstreamKey'],
  ['upstream_body', 'upstreamBody'],
  ['upstream_answer', 'upstreamAnswer'],
  ['replay_attempts', 'replayAttempts'],
  ['replayed_at', 'replayedAt'],
  ['last_error', 'lastError'],
];

/** The select list for a ScanRow, optionally with a table alias. */
export function scanColumns(table = ''): string {
  const prefix = table ? `${table}.` : '';
  return FIELDS.map(([column, alias]) => `${prefix}${column} AS ${alias}`).join(', ');
}
const COLUMNS = scanColumns();

export type OfflineDecision = { kind: 'accepted'; scan: ScanRow } | { kind: 'repeat'; first: ScanRow };

export type Ledger = ReturnType<typeof createLedger>;

export function createLedger(db: RelayDb) {
  const insert = db.prepare(`INSERT INTO scans (scan_id, tenant_id, sign_in, user_id, device_id, device_name,
      device_key, request_hash, event_id, token, door, override, scanned_at, decided_by, state, answer,
      upstream_key, upstream_body)
    VALUES (@scanId, @tenantId, @signIn, @userId, @deviceId, @deviceName, @deviceKey, @requestHash, @eventId,
      @token, @door, @override, @scannedAt, @decidedBy, @state, @answer, @upstreamKey, @upstreamBody)`);
  const byId = db.prepare<[string], ScanRow>(`SELECT ${COLUMNS} FROM scans WHERE scan_id = ?`);
  const byKey = db.prepare<[string, string], ScanRow>(
    `SELECT ${COLUMNS} FROM scans WHERE sign_in = ? AND device_key = ?`,
  );
  const admitted = db.prepare<[string, string], ScanRow>(
    `SELECT ${scanColumns('s')} FROM admissions a
      JOIN scans s ON s.scan_id = a.scan_id WHERE a.event_id = ? AND a.token = ?`,
  );
  // Another scan of the ticket still waiting for upstream's answer counts as first: it may be admitted.
  const inFlight = db.prepare<[string, string, string], ScanRow>(
    `SELECT ${COLUMNS} FROM scans WHERE event_id = ? AND token = ? AND state = 'forwarding' AND scan_id != ?
      ORDER BY seq LIMIT 1`,
  );
  const admit = db.prepare('INSERT OR IGNORE INTO admissions (event_id, token, scan_id) VALUES (?, ?, ?)');
  const setState = db.prepare('UPDATE scans SET state = ?, decided_by = ?, answer = ? WHERE scan_id = ?');
  const waiting = db.prepare<[number], ScanRow>(
    `SELECT ${COLUMNS} FROM scans WHERE state = 'accepted-offline' ORDER BY scanned_at, seq LIMIT ?`,
  );
  const finish = db.prepare(
    `UPDATE scans SET state = ?, upstream_answer = ?, replayed_at = ?, last_error = NULL,
       replay_attempts = replay_attempts + 1 WHERE scan_id = ? AND state = 'accepted-offline'`,
  );
  const failAttempt = db.prepare(
    'UPDATE scans SET replay_attempts = replay_attempts + 1, last_error = ? WHERE scan_id = ?',
  );
  const abandon = db.prepare(
    "UPDATE scans SET state = 'unanswered' WHERE scan_id = ? AND state = 'forwarding'",
  );
  const orphaned = db.prepare("UPDATE scans SET state = 'unanswered' WHERE state = 'forwarding'");

  function row(scanId: string): ScanRow {
    const found = byId.get(scanId);
    if (!found) throw new Error(`scan ${scanId} vanished from the ledger`);
    return found;
  }

  const decide = db.transaction(
    (
      input: ScanInput,
      accepted: (scan: ScanInput) => RedeemAnswer,
      repeat: (first: ScanRow) => RedeemAnswer,
    ) => {
      const first =
        admitted.get(input.eventId, input.token) ?? inFlight.get(input.eventId, input.token, input.scanId);
      const exists = byId.get(input.scanId) !== undefined;
      const state: ScanState = first ? 'repeat-offline' : 'accepted-offline';
      const answer = JSON.stringify(first ? repeat(first) : accepted(input));
      if (exists) setState.run(state, 'relay', answer, input.scanId);
      else insert.run({ ...input, override: input.override ? 1 : 0, decidedBy: 'relay', state, answer });
      if (!first) admit.run(input.eventId, input.token, input.scanId);
      return first
        ? ({ kind: 'repeat', first } as const)
        : ({ kind: 'accepted', scan: row(input.scanId) } as const);
    },
  );

  return {
    /** The scan a sign-in already sent with this Idempotency-Key, if any. */
    findByDeviceKey: (signIn: string, key: string): ScanRow | undefined => byKey.get(signIn, key),
    /** The scan that first admitted this ticket at this venue (online or offline), if any. */
    firstAdmission: (eventId: string, token: string): ScanRow | undefined => admitted.get(eventId, token),
    /** Records a scan that is about to be forwarded upstream. */
    startForward(input: ScanInput): void {
      insert.run({
        ...input,
        override: input.override ? 1 : 0,
        decidedBy: 'upstream',
        state: 'forwarding',
        answer: null,
      });
    },
    /** Upstream answered a forwarded scan: its answer is final; a Redeemed is the venue's first admission. */
    finishForward: db.transaction((scanId: string, answer: unknown, outcome: string | null) => {
      setState.run('online', 'upstream', JSON.stringify(answer), scanId);
      if (outcome === 'Redeemed') {
        const scan = row(scanId);
        admit.run(scan.eventId, scan.token, scanId);
      }
    }),
    /** A forwarded scan that got no answer and that the relay may not decide (unknown sign-in). */
    abandonForward(scanId: string): void {
      abandon.run(scanId);
    },
    /** Decides a scan for the venue while upstream cannot: atomic, first scan wins. */
    decideOffline(
      input: ScanInput,
      accepted: (scan: ScanInput) => RedeemAnswer,
      repeat: (first: ScanRow) => RedeemAnswer,
    ): OfflineDecision {
      // Only the relay's own decisions need FULL: online bookkeeping is upstream's truth already, and
      // WAL with NORMAL survives kill -9 anyway.
      db.pragma('synchronous = FULL');
      try {
        return decide.immediate(input, accepted, repeat);
      } finally {
        db.pragma('synchronous = NORMAL');
      }
    },
    /** Scans accepted offline and not yet replayed, in scan order. */
    waitingForReplay: (limit: number): ScanRow[] => waiting.all(limit),
    /** The final state of a replayed scan; false when it was already final (never replayed twice). */
    finishReplay(scanId: string, state: ScanState, upstreamAnswer: unknown, at: string): boolean {
      return finish.run(state, JSON.stringify(upstreamAnswer), at, scanId).changes === 1;
    },
    replayFailed(scanId: string, error: string): void {
      failAttempt.run(error, scanId);
    },
    /** At start-up: scans whose forward never came back were never acknowledged. */
    recoverAfterRestart(): number {
      return orphaned.run().changes;
    },
    get: (scanId: string): ScanRow | undefined => byId.get(scanId),
  };
}
