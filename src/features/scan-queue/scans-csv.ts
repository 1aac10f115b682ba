/**
 * CSV export of every scan on this device and its verdict (RFC 4180 quoting). Cells that a spreadsheet
 * would run as a formula (starting with = + - @, or a tab or carriage return) get a leading apostrophe:
 * a ticket code or a holder's name is data, never a formula.
 */
import type { ScanFact } from '../../lib/scan-types';
import { defineMessages, t } from '../../lib/i18n';

/** The header row in the language on screen; the cells stay as the journal holds them (UTC, codes). */
const messages = defineMessages({
  scanId: { id: 'queue.csv.scanId', defaultMessage: 'Scan id' },
  scannedAt: { id: 'queue.csv.scannedAt', defaultMessage: 'Scanned at (UTC)' },
  eventId: { id: 'queue.csv.eventId', defaultMessage: 'Event id' },
  door: { id: 'queue.csv.door', defaultMessage: 'Door' },
  token: { id: 'queue.csv.token', defaultMessage: 'Ticket code' },
  source: { id: 'queue.csv.source', defaultMessage: 'Read by' },
  override: { id: 'queue.csv.override', defaultMessage: 'Override' },
  state: { id: 'queue.csv.state', defaultMessage: 'State' },
  outcome: { id: 'queue.csv.outcome', defaultMessage: 'Outcome' },
  holderName: { id: 'queue.csv.holderName', defaultMessage: 'Holder' },
  ticketTypeName: { id: 'queue.csv.ticketTypeName', defaultMessage: 'Ticket type' },
  previouslyRedeemedAt: { id: 'queue.csv.previouslyRedeemedAt', defaultMessage: 'First redeemed at (UTC)' },
  previouslyRedeemedAtDoor: {
    id: 'queue.csv.previouslyRedeemedAtDoor',
    defaultMessage: 'First redeemed at door',
  },
  previouslyRedeemedByUserId: {
    id: 'queue.csv.previouslyRedeemedByUserId',
    defaultMessage: 'First redeemed by sign-in',
  },
  attempts: { id: 'queue.csv.attempts', defaultMessage: 'Attempts' },
  firstAttemptAt: { id: 'queue.csv.firstAttemptAt', defaultMessage: 'First attempt at (UTC)' },
  lastError: { id: 'queue.csv.lastError', defaultMessage: 'Last error' },
  notes: { id: 'queue.csv.notes', defaultMessage: 'Notes' },
  reviewedAt: { id: 'queue.csv.reviewedAt', defaultMessage: 'Reviewed at (UTC)' },
});

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
  const header = COLUMNS.map((column) => csvCell(t(messages[column])));
  return [header.join(','), ...facts.map((fact) => row(fact).join(','))].join('\r\n') + '\r\n';
}
