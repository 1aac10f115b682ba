/**
 * A bulk cancel of an event's orders as a stored plan: every order to cancel, each with its outcome. The
 * plan is written before the first request and after progress, so a reload or a lost connection resumes
 * where it stopped: pending orders are sent, settled ones never again. The server refuses a second cancel
 * with 409, which counts as "already cancelled", so an answer lost on the way back costs nothing.
 */
import {
  array,
  fallback,
  minLength,
  nullable,
  object,
  optional,
  picklist,
  pipe,
  readWith,
  string,
} from '../../lib/api/tolerant-schema';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  unknown: { id: 'bo.bulkRun.unknown', defaultMessage: 'Unknown failure.' },
});

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
    else summary.failed.push({ orderNumber: order.orderNumber, why: order.why ?? t(messages.unknown) });
  }
  return summary;
}

const OUTCOMES: readonly Outcome[] = ['pending', 'cancelled', 'already-cancelled', 'failed'];
const STATUSES: readonly RunStatus[] = ['running', 'paused', 'done'];

const filled = () => pipe(string(), minLength(1));
const storedOrder = object({
  id: filled(),
  orderNumber: filled(),
  outcome: picklist(OUTCOMES),
  why: fallback(optional(string()), undefined),
});
const storedRun = object({
  eventId: filled(),
  reason: filled(),
  startedAt: filled(),
  status: picklist(STATUSES),
  pausedBecause: fallback(nullable(picklist(['asked', 'offline'])), null),
  orders: array(storedOrder),
});

/** A stored run read back; null when it is not one (written by another version, or damaged). */
export function parseRun(value: unknown): BulkCancelRun | null {
  const run = readWith(storedRun, value);
  if (!run) return null;
  const orders = run.orders.map(({ why, ...order }): PlannedOrder => (why ? { ...order, why } : order));
  return { ...run, orders };
}
