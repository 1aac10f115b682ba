/**
 * CSV export of every scan on this device and its verdict (RFC 4180 quoting). Cells that a spreadsheet
 * would run as a formula (starting with = + - @, or a tab or carriage return) get a leading apostrophe:
 * a ticket code or a holder's name is data, never a formula.
 */
import type { ScanFact } from '../../lib/scan-types';

const COLUMNS = [
  'scanId',
  'scannedAt',
  'eventId',
  'door',
  'token',
  'source',
  'override',
  'state',
  'outcome',
  'holderName',
  'ticketTypeName',
  'previouslyRedeemedAt',
  'previouslyRedeemedAtDoor',
  'previouslyRedeemedByUserId',
  'attempts',
  'firstAttemptAt',
  'lastError',
  'notes',
  'reviewedAt',
] as const;

/** One cell: neutralised against formula injection, then quoted when it holds a comma, quote or newline. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(fact: ScanFact): string[] {
  const result = fact.result;
  const values: Record<(typeof COLUMNS)[number], string | number | boolean | null | undefined> = {
    ...fact,
    outcome: result?.outcome,
    holderName: result?.holderName,
    ticketTypeName: result?.ticketTypeName,
    previouslyRedeemedAt: result?.previouslyRedeemedAt,
    previouslyRedeemedAtDoor: result?.previouslyRedeemedAtDoor,
    previouslyRedeemedByUserId: result?.previouslyRedeemedByUserId,
    notes: fact.sentNotes ?? fact.notes,
  };
  return COLUMNS.map((column) => csvCell(values[column]));
}

/** The whole export, header first, CRLF line ends. */
export function scansToCsv(facts: readonly ScanFact[]): string {
  return [COLUMNS.join(','), ...facts.map((fact) => row(fact).join(','))].join('\r\n') + '\r\n';
}
