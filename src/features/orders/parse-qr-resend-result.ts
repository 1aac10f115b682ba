/**
 * Reads the answer of POST …/resend-qr-codes. Staff are told who was emailed how many tickets, so all of
 * those fields are required; unknown fields are ignored.
 */
import type { Schemas } from '../../lib/api/api-client';
import { asRecord, hasAllFields, readNumber, readString } from '../../lib/api/read-json';

export type QrResendResult = Schemas['PublicTicketQrResendResultDto'];

/** The resend receipt; null when a field is missing or has the wrong type. */
export function parseQrResendResult(value: unknown): QrResendResult | null {
  const record = asRecord(value);
  const result = {
    orderId: readString(record, 'orderId'),
    recipientEmail: readString(record, 'recipientEmail'),
    recipientName: readString(record, 'recipientName'),
    ticketCount: readNumber(record, 'ticketCount'),
    queuedAt: readString(record, 'queuedAt'),
  };
  return hasAllFields(result) ? result : null;
}
