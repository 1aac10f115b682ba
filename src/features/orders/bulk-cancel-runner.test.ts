import { describe, expect, it } from 'vitest';
import { summarise } from './bulk-cancel-run';
import { BulkCancelRunner, type BulkCancelApi, type CancelAnswer, type RunStore } from './bulk-cancel-runner';

function memoryStore(): RunStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    read: async (key) => structuredClone(data.get(key)),
    write: async (key, value) => void data.set(key, structuredClone(value)),
  };
}

/** A server holding orders: cancelling one twice answers "already cancelled", as the sandbox's 409. */
function fakeServer(count: number) {
  const paid = new Set(Array.from({ length: count }, (_, i) => `o${i}`));
  const cancels: string[] = [];
  let reachable = true;
  let failAfter = Infinity;
  const api: BulkCancelApi = {
    listPaidOrders: async () =>
      reachable
        ? { ok: true, orders: [...paid].map((id) => ({ id, orderNumber: id.toUpperCase() })) }
        : { ok: false, unreachable: true, why: 'offline' },
    cancelOrder: async (id): Promise<CancelAnswer> => {
      await Promise.resolve();
      if (!reachable || cancels.length >= failAfter) {
        reachable = false;
        return { kind: 'unreachable' };
      }
      if (!paid.has(id)) return { kind: 'already-cancelled' };
      paid.delete(id);
      cancels.push(id);
      return { kind: 'cancelled' };
    },
  };
  return {
    api,
    paid,
    cancels,
    goOfflineAfter: (n: number) => (failAfter = n),
    goOnline: () => ((reachable = true), (failAfter = Infinity)),
  };
}

async function settled(runner: BulkCancelRunner, status: 'paused' | 'done') {
  for (let i = 0; i < 500 && runner.getSnapshot().run?.status !== status; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  expect(runner.getSnapshot().run?.status).toBe(status);
}

describe('bulk cancel runner', () => {
  it('cancels every paid order once and ends with a summary', async () => {
    const server = fakeServer(30);
    const runner = new BulkCancelRunner('e1', memoryStore());
    await runner.load();
    await runner.start(server.api, 'Event cancelled');
    await settled(runner, 'done');
    expect(new Set(server.cancels).size).toBe(30);
    expect(server.cancels).toHaveLength(30);
    expect(summarise(runner.getSnapshot().run!)).toMatchObject({ total: 30, cancelled: 30, failed: [] });
  });

  it('pauses when the server is lost, survives a reload, and resumes without skipping or repeating', async () => {
    const server = fakeServer(40);
    const store = memoryStore();
    const first = new BulkCancelRunner('e1', store);
    await first.load();
    server.goOfflineAfter(15);
    await first.start(server.api, 'Event cancelled');
    await settled(first, 'paused');
    expect(first.getSnapshot().run?.pausedBecause).toBe('offline');
    await new Promise((resolve) => setTimeout(resolve, 300));

    server.goOnline();
    const reloaded = new BulkCancelRunner('e1', store);
    await reloaded.load();
    expect(reloaded.getSnapshot().run?.status).toBe('paused');
    reloaded.resume(server.api);
    await settled(reloaded, 'done');
    expect(server.paid.size).toBe(0);
    expect(new Set(server.cancels).size).toBe(server.cancels.length);
    const summary = summarise(reloaded.getSnapshot().run!);
    expect(summary.cancelled + summary.alreadyCancelled).toBe(40);
    expect(summary.failed).toEqual([]);
  });

  it('saves at once an answer that lands after the pause, so a reload finds what the screen showed', async () => {
    const store = memoryStore();
    let release: () => void = () => undefined;
    const api: BulkCancelApi = {
      listPaidOrders: async () => ({
        ok: true,
        orders: [
          { id: 'slow', orderNumber: 'S' },
          { id: 'lost', orderNumber: 'L' },
        ],
      }),
      cancelOrder: (id) =>
        id === 'slow'
          ? new Promise<CancelAnswer>((resolve) => (release = () => resolve({ kind: 'cancelled' })))
          : Promise.resolve<CancelAnswer>({ kind: 'unreachable' }),
    };
    const runner = new BulkCancelRunner('e1', store);
    await runner.load();
    await runner.start(api, 'Event cancelled');
    await settled(runner, 'paused');
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const shown = runner.getSnapshot().run!.orders.find((order) => order.id === 'slow')?.outcome;
    expect(shown).toBe('cancelled');
    const reloaded = new BulkCancelRunner('e1', store);
    await reloaded.load();
    expect(reloaded.getSnapshot().run!.orders.find((order) => order.id === 'slow')?.outcome).toBe(
      'cancelled',
    );
  });

  it('takes orders the plan missed in its closing sweep', async () => {
    const server = fakeServer(5);
    const runner = new BulkCancelRunner('e1', memoryStore());
    await runner.load();
    const realList = server.api.listPaidOrders;
    let lists = 0;
    server.api.listPaidOrders = async () => {
      lists += 1;
      const answer = await realList();
      // The first listing misses the newest order, as a page boundary shift could.
      return lists === 1 && answer.ok ? { ok: true, orders: answer.orders.slice(1) } : answer;
    };
    await runner.start(server.api, 'Event cancelled');
    await settled(runner, 'done');
    expect(server.paid.size).toBe(0);
    expect(runner.getSnapshot().run?.orders).toHaveLength(5);
  });

  it('stops taking new orders when paused, and carries on from there on resume', async () => {
    const server = fakeServer(50);
    const runner = new BulkCancelRunner('e1', memoryStore());
    await runner.load();
    await runner.start(server.api, 'Event cancelled');
    runner.pause();
    await settled(runner, 'paused');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const sentWhilePaused = server.cancels.length;
    expect(sentWhilePaused).toBeLessThan(50);
    runner.resume(server.api);
    await settled(runner, 'done');
    expect(server.cancels).toHaveLength(50);
  });
});
