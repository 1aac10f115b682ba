/**
 * A bulk cancel of an event's orders as a stored plan: every order to cancel, each with its outcome. The
 * plan is written before the first request and after progress, so a reload or a lost connection resumes
 * where it stopped: pending orders are sent, settled ones never again. The server refuses a second cancel
 * with 409, which counts as "already cancelled", so an answer lost on the way back costs nothing.
 */
import { asRecord, readArray, readString } from '../../lib/api/read-json';

export type Outcome = 'pending' | 'cancelled' | 'already-cancelled' | 'failed';

export interface PlannedOrder {
  id: string;
  orderNumber: string;
  outcome: Outcome;
  /** Why it failed, in words, when it did. */
  why?: string;
}

export type RunStatus = 'running' | 'paused' | 'done';

export interface BulkCancelRun {
  eventId: string;
  reason: string;
  startedAt: string;
  status: RunStatus;
  /** Why a paused run stopped: the person asked, or the server could not be reached. */
  pausedBecause: 'asked' | 'offline' | null;
  orders: PlannedOrder[];
}

export interface RunSummary {
  total: number;
  settled: number;
  cancelled: number;
  alreadyCancelled: number;
  failed: Array<{ orderNumber: string; why: string }>;
}

export function newRun(
  eventId: string,
  reason: string,
  orders: ReadonlyArray<{ id: string; orderNumber: string }>,
  now = new Date(),
): BulkCancelRun {
  return {
    eventId,
    reason,
    startedAt: now.toISOString(),
    status: 'running',
    pausedBecause: null,
    orders: orders.map(({ id, orderNumber }) => ({ id, orderNumber, outcome: 'pending' })),
  };
}

/** The run with orders it does not hold yet added as pending (found by the closing sweep). */
export function withMissing(
  run: BulkCancelRun,
  orders: ReadonlyArray<{ id: string; orderNumber: string }>,
): BulkCancelRun {
  const known = new Set(run.orders.map((order) => order.id));
  const added = orders
    .filter((order) => !known.has(order.id))
    .map(({ id, orderNumber }): PlannedOrder => ({ id, orderNumber, outcome: 'pending' }));
  return added.length === 0 ? run : { ...run, orders: [...run.orders, ...added] };
}

export function summarise(run: BulkCancelRun): RunSummary {
  const summary: RunSummary = {
    total: run.orders.length,
    settled: 0,
    cancelled: 0,
    alreadyCancelled: 0,
    failed: [],
  };
  for (const order of run.orders) {
    if (order.outcome === 'pending') continue;
    summary.settled += 1;
    if (order.outcome === 'cancelled') summary.cancelled += 1;
    else if (order.outcome === 'already-cancelled') summary.alreadyCancelled += 1;
    else summary.failed.push({ orderNumber: order.orderNumber, why: order.why ?? 'Unknown failure.' });
  }
  return summary;
}

const OUTCOMES: readonly Outcome[] = ['pending', 'cancelled', 'already-cancelled', 'failed'];
const STATUSES: readonly RunStatus[] = ['running', 'paused', 'done'];

function parseOrder(value: unknown): PlannedOrder | null {
  const record = asRecord(value);
  const id = readString(record, 'id');
  const orderNumber = readString(record, 'orderNumber');
  const outcome = OUTCOMES.find((o) => o === record?.outcome);
  const why = readString(record, 'why');
  if (!id || !orderNumber || !outcome) return null;
  return why ? { id, orderNumber, outcome, why } : { id, orderNumber, outcome };
}

/** A stored run read back; null when it is not one (written by another version, or damaged). */
export function parseRun(value: unknown): BulkCancelRun | null {
  const record = asRecord(value);
  const eventId = readString(record, 'eventId');
  const reason = readString(record, 'reason');
  const startedAt = readString(record, 'startedAt');
  const status = STATUSES.find((s) => s === record?.status);
  const pausedBecause =
    record?.pausedBecause === 'asked' || record?.pausedBecause === 'offline' ? record.pausedBecause : null;
  const orders = readArray(record, 'orders')?.map(parseOrder);
  if (!eventId || !reason || !startedAt || !status || !orders || orders.some((o) => o === null)) return null;
  return { eventId, reason, startedAt, status, pausedBecause, orders: orders.filter((o) => o !== null) };
}
