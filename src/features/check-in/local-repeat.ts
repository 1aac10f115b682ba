/**
 * The device's own memory of a ticket: when the server cannot decide, an earlier scan of the same ticket on
 * this device that let the guest in (verified, or still waiting to be verified) means this is a second
 * entry on one ticket. That is a stop, and the repeat is not queued as a second admission.
 */
import type { ScanFact, ScanState } from '../../lib/scan-types';
import type { ScanJournalPort } from './scan-journal-port';

/** States of an earlier scan that let the guest in, as far as this device knows. */
const LET_IN: readonly ScanState[] = ['pending', 'sending', 'needs-auth', 'done', 'relayed'];

/** The first earlier scan of this ticket on this device that let the guest in, or null. */
export async function earlierAdmission(
  journal: ScanJournalPort,
  fact: Pick<ScanFact, 'scanId' | 'eventId' | 'token' | 'scannedAt'>,
): Promise<ScanFact | null> {
  const scans = await journal.findScansByToken(fact.eventId, fact.token).catch(() => []);
  const earlier = scans.filter(
    (scan) => scan.scanId !== fact.scanId && scan.scannedAt <= fact.scannedAt && LET_IN.includes(scan.state),
  );
  return earlier.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt))[0] ?? null;
}
