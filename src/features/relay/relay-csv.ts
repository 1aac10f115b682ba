/**
 * The relay's CSV export in the door lead's language. The relay writes machine column names
 * (openapi/relay.yaml: stable, for scripts); the page swaps that first line for headers in the chosen
 * language before saving. A column this version does not know keeps its machine name, so nothing is lost.
 * The cells stay as the relay wrote them: times in ISO 8601 UTC, as the headers say.
 */
import { defineMessages, t, type MessageDescriptor } from '../../lib/i18n';

const headers = defineMessages({
  scannedAt: { id: 'relay.csv.scannedAt', defaultMessage: 'Scanned at (UTC)' },
  eventId: { id: 'relay.csv.eventId', defaultMessage: 'Event id' },
  door: { id: 'relay.csv.door', defaultMessage: 'Door' },
  deviceId: { id: 'relay.csv.deviceId', defaultMessage: 'Device id' },
  deviceName: { id: 'relay.csv.deviceName', defaultMessage: 'Device' },
  signIn: { id: 'relay.csv.signIn', defaultMessage: 'Sign-in' },
  decidedBy: { id: 'relay.csv.decidedBy', defaultMessage: 'Decided by' },
  state: { id: 'relay.csv.state', defaultMessage: 'State' },
  answer: { id: 'relay.csv.answer', defaultMessage: 'Answer at the door' },
  holderName: { id: 'relay.csv.holderName', defaultMessage: 'Holder' },
  replayOutcome: { id: 'relay.csv.replayOutcome', defaultMessage: 'Outcome when replayed' },
  replayedAt: { id: 'relay.csv.replayedAt', defaultMessage: 'Replayed at (UTC)' },
  firstElsewhereAt: { id: 'relay.csv.firstElsewhereAt', defaultMessage: 'First redeemed elsewhere at (UTC)' },
  firstElsewhereDoor: {
    id: 'relay.csv.firstElsewhereDoor',
    defaultMessage: 'First redeemed elsewhere at door',
  },
  lastError: { id: 'relay.csv.lastError', defaultMessage: 'Last error' },
  scanId: { id: 'relay.csv.scanId', defaultMessage: 'Scan id' },
});

const known: Record<string, MessageDescriptor | undefined> = headers;

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The export with its header line in the chosen language; the rows as they came. */
export function localizeRelayCsv(csv: string): string {
  const end = csv.search(/\r?\n/);
  const first = end === -1 ? csv : csv.slice(0, end);
  const rest = end === -1 ? '' : csv.slice(end);
  if (first.trim() === '') return csv;
  const names = first.split(',');
  // Machine names never need quoting; a quoted first line is not the relay's header, so leave it alone.
  if (names.some((name) => !/^[A-Za-z][A-Za-z0-9]*$/.test(name))) return csv;
  const line = names.map((name) => {
    const message = Object.hasOwn(known, name) ? known[name] : undefined;
    return csvCell(message ? t(message) : name);
  });
  return line.join(',') + rest;
}
