import { useCallback } from 'react';
import { serverWaitRemaining } from '../../lib/api/server-wait';
import { useApiClient } from '../../lib/api/use-api-client';
import { useConnectionStore } from '../../lib/connection-store';
import * as scanJournal from '../../lib/scan-journal';
import { checkInScan } from './check-in-scan';
import { isRepeatRead, type ReadSource } from './debounce';
import { readIdempotencySupport } from '../../lib/idempotency-support';
import { useServerContactStore } from '../../lib/server-contact';
import { useSessionStore } from './session-store';
import type { Verdict } from './verdict';
import { useSettledScans } from './use-settled-scans';

export interface CheckInPlace {
  eventId: string;
  door: string;
  /** The VIP lane's note when the lane is on: every scan is then sent with override. */
  vipNote: string | null;
}

export interface CheckIn {
  /** Checks in a normalised token read from `source` (repeats within the window send nothing). */
  submit: (token: string, source: ReadSource) => void;
  /** Sends a scan again with override, after staff chose to let the guest in before doors open. */
  override: (scan: { token: string; source: ReadSource }, note: string) => void;
  /** Shows a full-screen refusal for a code that cannot be a ticket (too long to send); nothing is sent. */
  refuseUnsent: (code: string, message: string, source: ReadSource) => void;
}

function newScanId(): string {
  return crypto.randomUUID();
}

/** The door's check-in actions for one event and door. */
export function useCheckIn(place: CheckInPlace): CheckIn {
  const client = useApiClient();
  const markTokenRejected = useConnectionStore((state) => state.markTokenRejected);
  const baseUrl = useConnectionStore((state) => state.credentials?.baseUrl ?? '');
  const { eventId, door, vipNote } = place;
  useSettledScans();

  const send = useCallback(
    async (token: string, source: ReadSource, override: boolean, notes: string | null) => {
      if (!client) return;
      const session = useSessionStore.getState();
      session.startRequest();
      const deps = {
        client,
        journal: scanJournal,
        now: () => new Date(),
        newId: newScanId,
        sendIdempotencyKey: readIdempotencySupport(baseUrl),
        deviceName: scanJournal.readDeviceName(),
        serverWaitMs: () => serverWaitRemaining(),
      };
      const result = await checkInScan(deps, { token, eventId, door, override, notes, source });
      useSessionStore.getState().record(result);
      const contact = useServerContactStore.getState();
      if (result.reachedServer === true) contact.noteAnswered();
      if (result.reachedServer === false) contact.noteFailed();
      if (result.verdict.kind === 'needs-auth') markTokenRejected();
    },
    [client, baseUrl, eventId, door, markTokenRejected],
  );

  const submit = useCallback(
    (token: string, source: ReadSource) => {
      const now = performance.now();
      const session = useSessionStore.getState();
      const repeat = isRepeatRead(session.lastRead, token, source, now);
      session.noteRead({ token, at: now });
      if (repeat) return session.showAgain(token);
      const vip = vipNote !== null;
      void send(token, source, vip, vip ? vipNote || 'VIP lane' : null);
    },
    [send, vipNote],
  );

  const override = useCallback(
    (scan: { token: string; source: ReadSource }, note: string) =>
      void send(scan.token, scan.source, true, note.trim() || null),
    [send],
  );

  const refuseUnsent = useCallback((code: string, message: string, source: ReadSource) => {
    const verdict: Verdict = { kind: 'refused', reason: 'too-long', message, answer: null };
    const at = new Date().toISOString();
    const result = { scanId: newScanId(), token: code, source, override: false, scannedAt: at, verdict };
    useSessionStore
      .getState()
      .record({ ...result, earlierLocalScan: null, journalError: null, reachedServer: null });
  }, []);

  return { submit, override, refuseUnsent };
}
