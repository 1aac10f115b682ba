/**
 * Redeeming a ticket at the door: the hot path. Everything runs in one immediate transaction with
 * statements prepared once: idempotency replay, event check, ticket lookup by the token's hash, the one
 * conditional UPDATE that lets exactly one of any number of concurrent scans win, the audit row, and
 * the idempotency record.
 */
import type { Db } from '../db/database.ts';
import type { Schemas } from '../api-types.ts';
import { sha256, type Principal } from '../auth.ts';
import { conflict, notFound } from '../problems.ts';
import { createIdempotencyStore, fingerprint, type StoredResponse } from './idempotency.ts';
import {
  alreadyRedeemed,
  notFoundResult,
  redeemed,
  refusal,
  type FoundTicket,
  type RedeemEvent,
  type RedeemResult,
} from './redeem-outcome.ts';
import type { Tenant } from './tenant.ts';

type RedeemRequest = Schemas['RedeemPublicTicketRequest'];

interface EventState extends RedeemEvent {
  name: string;
  status: Schemas['PublicBookableEventStatus'];
}

export interface RedeemCall {
  principal: Principal;
  tenant: Tenant;
  body: RedeemRequest;
  idempotencyKey?: string;
}

/** A ticket row as the hot path reads it: no event name or redeemer's name until a refusal needs them. */
type TicketRow = Omit<FoundTicket, 'eventName' | 'redeemedByName'> & { rowId: number };
type Ticket = FoundTicket & { rowId: number };

/** The most redeems one group commit holds; the rest go in the next turn. */
const MAX_GROUP = 64;

export function createRedeemService(db: Db) {
  const findEvent = db.prepare<[string, string], EventState>(
    `SELECT id, name, status, doors_open_at AS doorsOpenAt, time_zone AS timeZone FROM events WHERE id = ? AND tenant_id = ?`,
  );
  // By the token's hash alone, with the two joins every outcome needs (order status, type name); the
  // event is usually the one already read, and the redeemer's name matters only to a repeat scan.
  const findTicket = db.prepare<[string], TicketRow>(`SELECT t.rowid AS rowId, t.id, t.event_id AS eventId,
      t.status, o.status AS orderStatus, t.holder_name AS holderName, tt.name AS ticketTypeName,
      t.redeemed_at AS redeemedAt, t.redeemed_by_user_id AS redeemedByUserId, t.redeemed_at_door AS redeemedAtDoor
    FROM tickets t JOIN orders o ON o.id = t.order_id JOIN ticket_types tt ON tt.id = t.ticket_type_id
    WHERE t.token_hash = ?`);
  const eventName = db
    .prepare<[string, string], string>('SELECT name FROM events WHERE id = ? AND tenant_id = ?')
    .pluck();
  const userName = db.prepare<[string], string>('SELECT display_name FROM users WHERE id = ?').pluck();
  // First scan wins: only a row still unredeemed and valid changes; every other racer sees 0 changes.
  const claim =
    db.prepare(`UPDATE tickets SET status = 'Redeemed', redeemed_at = ?, redeemed_by_user_id = ?, redeemed_at_door = ?
    WHERE rowid = ? AND redeemed_at IS NULL AND status = 'Valid'`);
  const audit =
    db.prepare(`INSERT INTO redemption_audit (ticket_id, token_hash, event_id, door, user_id, outcome, override, notes, attempted_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const idempotency = createIdempotencyStore(db);

  /** The tenant's ticket with this hash, names filled in; undefined when unknown to this tenant. */
  function ticketOf(tokenHash: string, event: EventState, tenantId: string): Ticket | undefined {
    const row = findTicket.get(tokenHash);
    if (!row) return undefined;
    const name = row.eventId === event.id ? event.name : eventName.get(row.eventId, tenantId);
    if (name === undefined) return undefined;
    const redeemedByName = row.redeemedByUserId ? (userName.get(row.redeemedByUserId) ?? null) : null;
    return { ...row, eventName: name, redeemedByName };
  }

  function decide(call: RedeemCall, event: EventState, now: string, tokenHash: string): RedeemResult {
    const { body, principal, tenant } = call;
    const ticket = ticketOf(tokenHash, event, tenant.id);
    const context = { now, graceMinutes: tenant.doorsOpenGraceMinutes, override: body.override === true };
    if (!ticket) return notFoundResult();
    const refused = refusal(ticket, event, context);
    if (refused) return refused;
    const won = claim.run(now, principal.userId, body.door ?? null, ticket.rowId).changes === 1;
    if (won) return redeemed(ticket);
    // Another writer (a second process on the same file) got there first: report what it did.
    const current = ticketOf(tokenHash, event, tenant.id) ?? ticket;
    return refusal(current, event, context) ?? alreadyRedeemed(current, event);
  }

  function run(call: RedeemCall): StoredResponse & { replayed: boolean } {
    const nowDate = new Date();
    const now = nowDate.toISOString();
    const { body, principal, idempotencyKey } = call;
    const requestHash = idempotencyKey
      ? fingerprint({
          bookableEventId: body.bookableEventId,
          token: body.token,
          door: body.door ?? null,
          override: body.override ?? false,
          notes: body.notes ?? null,
        })
      : '';
    if (idempotencyKey) {
      const stored = idempotency.replay(principal.tokenHash, idempotencyKey, requestHash, nowDate);
      if (stored) return { ...stored, replayed: true };
    }
    const event = findEvent.get(body.bookableEventId, call.tenant.id);
    if (!event) throw notFound(`Event ${body.bookableEventId}`);
    if (event.status !== 'Published') {
      throw conflict(`This event is ${event.status}; tickets can only be redeemed for a published event.`);
    }
    const tokenHash = sha256(body.token);
    const result = decide(call, event, now, tokenHash);
    audit.run(
      result.ticketId ?? null,
      tokenHash,
      event.id,
      body.door ?? null,
      principal.userId,
      result.outcome,
      body.override ? 1 : 0,
      body.notes ?? null,
      now,
    );
    const response = { statusCode: 200, body: result };
    if (idempotencyKey)
      idempotency.remember(principal.tokenHash, idempotencyKey, requestHash, response, nowDate);
    return { ...response, replayed: false };
  }

  type Answer = StoredResponse & { replayed: boolean };
  type Outcome = { answer: Answer } | { error: unknown };
  const transaction = db.transaction(run);
  // Called inside `group`'s transaction, `transaction` runs as a savepoint: one scan's error undoes that
  // scan alone, and the others in the group still commit.
  const group = db.transaction((calls: RedeemCall[]): Outcome[] =>
    calls.map((call) => {
      try {
        return { answer: transaction(call) };
      } catch (error) {
        return { error };
      }
    }),
  );
  interface Waiting {
    call: RedeemCall;
    resolve: (answer: Answer) => void;
    reject: (error: unknown) => void;
  }
  const waiting: Waiting[] = [];

  /** Commits every redeem that arrived since the last turn of the event loop in one transaction. */
  function flush() {
    const batch = waiting.splice(0, MAX_GROUP);
    if (waiting.length > 0) setImmediate(flush);
    let outcomes: Outcome[];
    try {
      outcomes = group.immediate(batch.map((entry) => entry.call));
    } catch (error) {
      batch.forEach((entry) => entry.reject(error));
      return;
    }
    outcomes.forEach((outcome, i) => {
      const entry = batch[i]!;
      if ('answer' in outcome) entry.resolve(outcome.answer);
      else entry.reject(outcome.error);
    });
  }

  return {
    /** One redeem in a transaction of its own, at once. */
    redeem: (call: RedeemCall) => transaction.immediate(call),
    /**
     * The same redeem, committed together with the others that arrive in the same turn of the event loop
     * (group commit): at 50 busy doors a commit serves many scans instead of one. Each scan still runs in
     * order, alone, with first-scan-wins as in `redeem`; its answer is sent only after the commit.
     */
    redeemGrouped: (call: RedeemCall) =>
      new Promise<Answer>((resolve, reject) => {
        waiting.push({ call, resolve, reject });
        if (waiting.length === 1) setImmediate(flush);
      }),
  };
}
