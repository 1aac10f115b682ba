/**
 * Reads the answer of POST …/resend-qr-codes. Staff are told who was emailed how many tickets, so all of
 * those fields are required; unknown fields are ignored.
 */
import type { Schemas } from '../../lib/api/api-client';
import { vPublicTicketQrResendResultDto } from '../../lib/api/caldasa.schemas.gen';
import { readWith, tolerant } from '../../lib/api/tolerant-schema';

export type QrResendResult = Schemas['PublicTicketQrResendResultDto'];

const qrResendResult = tolerant(vPublicTicketQrResendResultDto);

/** The resend receipt; null when a field is missing or has the wrong type. */
export function parseQrResendResult(value: unknown): QrResendResult | null {
  return readWith(qrResendResult, value);
}
