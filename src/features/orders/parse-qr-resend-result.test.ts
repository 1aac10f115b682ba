import { describe, expect, it } from 'vitest';
import { parseQrResendResult } from './parse-qr-resend-result';

const receipt = {
  orderId: 'o1',
  recipientEmail: 'ada@example.com',
  recipientName: 'Ada Lovelace',
  ticketCount: 2,
  queuedAt: '2030-05-01T10:00:00Z',
};

describe('reading the QR resend receipt', () => {
  it('reads a good receipt and ignores fields it does not know', () => {
    expect(parseQrResendResult({ ...receipt, provider: 'smtp' })).toEqual(receipt);
  });

  it('refuses a receipt without a recipient, or with a count as text', () => {
    const { recipientEmail: _, ...withoutEmail } = receipt;
    expect(parseQrResendResult(withoutEmail)).toBeNull();
    expect(parseQrResendResult({ ...receipt, ticketCount: '2' })).toBeNull();
  });
});
