/**
 * The part of the scan journal the check-in pipeline needs. The device's journal (IndexedDB) implements it;
 * tests can pass a fake. Every scan is written here before its verdict is shown.
 */
import type { ScanFact } from '../../lib/scan-types';

export interface ScanJournalPort {
  addScan(fact: ScanFact): Promise<unknown>;
  updateScan(scanId: string, patch: Partial<ScanFact>): Promise<unknown>;
  findScansByToken(eventId: string, token: string): Promise<ScanFact[]>;
  /** Forgets a scan that turned out to be a repeat on this device (never queued). */
  removeScan(scanId: string): Promise<unknown>;
}
