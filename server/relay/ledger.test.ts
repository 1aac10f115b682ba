import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger, type Ledger, type ScanInput } from './ledger.ts';
import { openRelayDb, type RelayDb } from './ledger-db.ts';
import { acceptedOfflineAnswer, repeatAnswer } from './redeem-answers.ts';

let dir: string;
let db: RelayDb;
let ledger: Ledger;

function scan(scanId: string, door: string, deviceName: string): ScanInput {
  return {
    scanId,
    tenantId: 't',
    signIn: 'hash',
    userId: 'u',
    deviceId: deviceName.toLowerCase(),
    deviceName,
    deviceKey: null,
    requestHash: scanId,
    eventId: '00000000-0000-0000-0000-000000000001',
    token: 'ticket-1',
    door,
    override: false,
    scannedAt: new Date().toISOString(),
    upstreamKey: null,
    upstreamBody: '{}',
  };
}

const decide = (input: ScanInput) =>
  ledger.decideOffline(input, acceptedOfflineAnswer, (first) => repeatAnswer(first, input.scanId));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caldasa-ledger-'));
  db = openRelayDb(dir);
  ledger = createLedger(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the ledger', () => {
  it('admits a ticket once; every later scan is answered with the first one’s door and device', () => {
    expect(decide(scan('a', 'North', 'Phone A')).kind).toBe('accepted');
    const second = decide(scan('b', 'South', 'Phone B'));
    expect(second.kind).toBe('repeat');
    expect(JSON.parse(ledger.get('b')!.answer!)).toMatchObject({
      outcome: 'AlreadyRedeemed',
      previouslyRedeemedAtDoor: 'North',
      previouslyRedeemedByDeviceName: 'Phone A',
    });
    expect(ledger.waitingForReplay(10).map((row) => row.scanId)).toEqual(['a']);
  });

  it('counts a scan still waiting for upstream as first, so a second door does not admit the ticket meanwhile', () => {
    ledger.startForward(scan('a', 'North', 'Phone A'));
    expect(decide(scan('b', 'South', 'Phone B')).kind).toBe('repeat');
    // A's forward then fails: A is the venue's first admission, waiting for replay.
    expect(decide(scan('a', 'North', 'Phone A')).kind).toBe('accepted');
    expect(ledger.waitingForReplay(10).map((row) => row.scanId)).toEqual(['a']);
  });

  it('marks a scan replayed once only', () => {
    decide(scan('a', 'North', 'Phone A'));
    expect(ledger.finishReplay('a', 'confirmed', { outcome: 'Redeemed' }, new Date().toISOString())).toBe(
      true,
    );
    expect(
      ledger.finishReplay('a', 'conflict', { outcome: 'AlreadyRedeemed' }, new Date().toISOString()),
    ).toBe(false);
    expect(ledger.get('a')!.state).toBe('confirmed');
  });

  it('after a restart, a forward that never came back is unanswered, not acknowledged', () => {
    ledger.startForward(scan('a', 'North', 'Phone A'));
    expect(ledger.recoverAfterRestart()).toBe(1);
    expect(ledger.get('a')!.state).toBe('unanswered');
    expect(decide(scan('b', 'South', 'Phone B')).kind).toBe('accepted');
  });
});
