/**
 * Runs a stored bulk-cancel plan (see bulk-cancel-run.ts) against the cancel-order API: a few requests at
 * a time, pausable, paused by itself when the server cannot be reached, the plan saved as it goes. When
 * every planned order is settled it lists the event's paid orders once more and takes any it missed, so
 * none is skipped. One runner per event per page, shared by every screen that shows it.
 */
import { readKv, writeKv } from '../../lib/idb';
import {
  newRun,
  parseRun,
  summarise,
  withMissing,
  type BulkCancelRun,
  type Outcome,
} from './bulk-cancel-run';

export type CancelAnswer =
  | { kind: 'cancelled' }
  | { kind: 'already-cancelled' }
  | { kind: 'unreachable' }
  | { kind: 'wait'; seconds: number }
  | { kind: 'failed'; why: string };

export type PaidOrdersAnswer =
  | { ok: true; orders: Array<{ id: string; orderNumber: string }> }
  | { ok: false; unreachable: boolean; why: string };

/** What the runner needs from the API; the app gives it one built on the real client. */
export interface BulkCancelApi {
  listPaidOrders: () => Promise<PaidOrdersAnswer>;
  cancelOrder: (orderId: string, reason: string) => Promise<CancelAnswer>;
}

export interface RunStore {
  read: (key: string) => Promise<unknown>;
  write: (key: string, value: unknown) => Promise<void>;
}

export interface RunnerSnapshot {
  run: BulkCancelRun | null;
  loaded: boolean;
  /** Listing the orders to cancel, before the first cancel is sent. */
  planning: boolean;
  error: string | null;
}

const PARALLEL = 8;
const SAVE_EVERY_MS = 250;
const NOTIFY_EVERY_MS = 100;

const idbStore: RunStore = { read: readKv, write: writeKv };

export class BulkCancelRunner {
  private snapshot: RunnerSnapshot = { run: null, loaded: false, planning: false, error: null };
  private readonly listeners = new Set<() => void>();
  private readonly inFlight = new Set<string>();
  private api: BulkCancelApi | null = null;
  private working = false;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private readonly key: string;
  private loading: Promise<void> | null = null;

  constructor(
    readonly eventId: string,
    private readonly store: RunStore = idbStore,
  ) {
    this.key = `bulk-cancel:${eventId}`;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** Reads the stored plan; a run that was going when the page closed comes back paused, to resume. */
  load(): Promise<void> {
    this.loading ??= this.readStored();
    return this.loading;
  }

  private async readStored(): Promise<void> {
    const stored = parseRun(await this.store.read(this.key).catch(() => null));
    const run =
      stored?.status === 'running' ? { ...stored, status: 'paused' as const, pausedBecause: null } : stored;
    this.update({ run, loaded: true }, true);
  }

  /** Plans the cancel of every paid order of the event, saves the plan, then starts sending. */
  async start(api: BulkCancelApi, reason: string): Promise<void> {
    await this.load();
    if (this.working || this.snapshot.planning) return;
    this.api = api;
    this.update({ planning: true, error: null }, true);
    const paid = await api.listPaidOrders();
    if (!paid.ok) {
      this.update({ planning: false, error: `Could not list the orders to cancel: ${paid.why}` }, true);
      return;
    }
    await this.replaceRun(newRun(this.eventId, reason, paid.orders));
    this.update({ planning: false }, true);
    void this.work();
  }

  pause(): void {
    const run = this.snapshot.run;
    if (run?.status !== 'running') return;
    void this.replaceRun({ ...run, status: 'paused', pausedBecause: 'asked' });
  }

  resume(api: BulkCancelApi): void {
    const run = this.snapshot.run;
    this.api = api;
    if (run?.status !== 'paused') return;
    void this.replaceRun({ ...run, status: 'running', pausedBecause: null }).then(() => this.work());
  }

  /** Forgets a finished run's summary. */
  async dismiss(): Promise<void> {
    if (this.snapshot.run?.status !== 'done') return;
    await this.replaceRun(null);
  }

  private async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      await Promise.all(Array.from({ length: PARALLEL }, () => this.worker()));
      if (this.snapshot.run?.status === 'running') await this.sweep();
    } finally {
      this.working = false;
    }
  }

  private nextPending(): string | null {
    const order = this.snapshot.run?.orders.find((o) => o.outcome === 'pending' && !this.inFlight.has(o.id));
    return order?.id ?? null;
  }

  private async worker(): Promise<void> {
    for (let id = this.nextPending(); id && this.isRunning(); id = this.nextPending()) {
      const run = this.snapshot.run;
      if (!run || !this.api) return;
      this.inFlight.add(id);
      const answer = await this.api.cancelOrder(id, run.reason);
      this.inFlight.delete(id);
      if (answer.kind === 'unreachable') return this.pauseOffline();
      if (answer.kind === 'wait') await new Promise((resolve) => setTimeout(resolve, answer.seconds * 1000));
      else this.settle(id, answer.kind, answer.kind === 'failed' ? answer.why : undefined);
    }
  }

  private isRunning(): boolean {
    return this.snapshot.run?.status === 'running';
  }

  /** Every planned order is settled: one more look for paid orders the plan did not hold. */
  private async sweep(): Promise<void> {
    const paid = await this.api?.listPaidOrders();
    const run = this.snapshot.run;
    if (!paid || !run || run.status !== 'running') return;
    if (!paid.ok) {
      if (paid.unreachable) return this.pauseOffline();
      this.update({ error: `Could not check for orders left: ${paid.why}` }, true);
      return void this.replaceRun({ ...run, status: 'done' });
    }
    const next = withMissing(run, paid.orders);
    if (next === run) return void this.replaceRun({ ...run, status: 'done' });
    await this.replaceRun(next);
    this.working = false;
    return this.work();
  }

  private pauseOffline(): void {
    const run = this.snapshot.run;
    if (run?.status === 'running')
      void this.replaceRun({ ...run, status: 'paused', pausedBecause: 'offline' });
  }

  private settle(id: string, outcome: Exclude<Outcome, 'pending'>, why?: string): void {
    const run = this.snapshot.run;
    if (!run) return;
    const orders = run.orders.map((o) => (o.id === id ? { ...o, outcome, ...(why ? { why } : {}) } : o));
    this.update({ run: { ...run, orders } }, false);
    // While running, progress is saved in batches; an answer that lands after a pause (a request that was
    // in flight) is saved at once, since a reload may follow and must find what the screen showed.
    if (run.status === 'running') this.scheduleSave();
    else void this.save();
  }

  /** A status change is saved and shown at once; progress is batched (see scheduleSave, notify). */
  private async replaceRun(run: BulkCancelRun | null): Promise<void> {
    this.update({ run }, true);
    await this.save();
  }

  private scheduleSave(): void {
    this.saveTimer ??= setTimeout(() => void this.save(), SAVE_EVERY_MS);
  }

  private save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    // Writes go one after another, so an older plan never lands over a newer one.
    this.saving = this.saving
      .then(() => this.store.write(this.key, this.snapshot.run))
      .catch(() => undefined);
    return this.saving;
  }

  private update(change: Partial<RunnerSnapshot>, now: boolean): void {
    this.snapshot = { ...this.snapshot, ...change };
    if (now) return this.notify();
    this.notifyTimer ??= setTimeout(() => this.notify(), NOTIFY_EVERY_MS);
  }

  private notify(): void {
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.notifyTimer = null;
    this.listeners.forEach((listener) => listener());
  }
}

const runners = new Map<string, BulkCancelRunner>();

/** The page's one runner for an event, loading its stored plan on first use. */
export function bulkCancelRunner(eventId: string): BulkCancelRunner {
  let runner = runners.get(eventId);
  if (!runner) {
    runner = new BulkCancelRunner(eventId);
    runners.set(eventId, runner);
    void runner.load();
  }
  return runner;
}

export { summarise };
