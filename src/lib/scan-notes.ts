/**
 * The `notes` a scan carries to the server from its first attempt on: the scanner's own note (override,
 * VIP lane), then when and on which device it was really scanned, so the audit log keeps the truth even
 * when the scan is synced later. Fixed once per scan, so every retry sends a byte-identical body (a server
 * that honours Idempotency-Key compares bodies).
 */
export const NOTES_MAX = 1000;

export function composeScanNotes(note: string | null, scannedAt: string, deviceName: string): string {
  const origin = `Scanned ${scannedAt} on ${deviceName}`;
  const text = note ? `${note} · ${origin}` : origin;
  return text.slice(0, NOTES_MAX);
}
