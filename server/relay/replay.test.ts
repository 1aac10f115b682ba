import { describe, expect, it } from 'vitest';
import type { ScanRow } from './ledger.ts';
import { createReplayer } from './replay.ts';

/** A ledger that throws once closed, as better-sqlite3 does ("The database connection is not open"). */
function fakeLedger(waiting: ScanRow[]) {
  let open = true;
  const writes: string[] = [];
  const write = (what: string) => {
    if (!open) throw new TypeError('The database connection is not open');
    writes.push(what);
  };
  return {
    writes,
    close: () => (open = false),
    ledger: {
      waitingForReplay: () => (open ? waiting.filter((s) => !writes.includes(`finish ${s.scanId}`)) : []),
      replayFailed: (scanId: string) => write(`failed ${scanId}`),
      finishReplay: (scanId: string) => {
        write(`finish ${scanId}`);
        return true;
      },
    },
  };
}

/** The replayer's view of the relay: one sign-in, upstream up, requests answered by `request`. */
function fakeContext(ledger: ReturnType<typeof fakeLedger>['ledger'], request: () => Promise<unknown>) {
  return {
    ledger,
    signIns: { tokenFor: () => 'token', forget: () => undefined },
    upstream: { isUp: () => true, markDown: () => undefined, request },
  } as never;
}

const redeemed = () => ({
  ok: true,
  answer: { status: 200, body: Buffer.from('{"outcome":"Redeemed"}'), headers: {} },
});

describe('replay when the relay closes', () => {
  it('waits for the request in flight and writes nothing to the closed ledger', async () => {
    const scan = { scanId: 's1', signIn: 'h', upstreamKey: 'k', upstreamBody: '{}', eventId: 'e' } as ScanRow;
    const fake = fakeLedger([scan]);
    let answer: (value: unknown) => void = () => undefined;
    let started: () => void = () => undefined;
    const requested = new Promise<void>((resolve) => (started = resolve));
    const context = fakeContext(fake.ledger, () => {
      started();
      return new Promise((resolve) => (answer = resolve));
    });
    const replayer = createReplayer(context, async () => true);
    const running = replayer.run();
    await requested;
    const stopping = replayer.stop();
    // The answer arrives only after the relay began to close; the ledger closes once stop() is done.
    answer(redeemed());
    await stopping;
    fake.close();
    await running;
    await replayer.run();
    // The scan stays waiting: it replays on the next start, its key recognising the request that got through.
    expect(fake.writes).toEqual([]);
  });

  it('still writes the answer of a replay that ends before the relay closes', async () => {
    const scan = { scanId: 's2', signIn: 'h', upstreamKey: 'k', upstreamBody: '{}', eventId: 'e' } as ScanRow;
    const fake = fakeLedger([scan]);
    const context = fakeContext(fake.ledger, async () => redeemed());
    const replayer = createReplayer(context, async () => true);
    await replayer.run();
    await replayer.stop();
    expect(fake.writes).toEqual(['finish s2']);
  });
});
