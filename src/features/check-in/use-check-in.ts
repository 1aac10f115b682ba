import { useCallback } from 'react';
import { useApiClient } from '../../lib/api/use-api-client';
import { useConnectionStore } from '../../lib/connection-store';
import * as scanJournal from '../../lib/scan-journal';
import { checkInScan } from './check-in-scan';
import { isRepeatRead, type ReadSource } from './debounce';
import { readIdempotencySupport } from '../../lib/idempotency-support';
import { useSessionStore } from './session-store';

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
        sendIdempotencyKey: readIdempotencySupport(baseUrl) === true,
      };
      const result = await checkInScan(deps, { token, eventId, door, override, notes, source });
      useSessionStore.getState().record(result);
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

  return { submit, override };
}
