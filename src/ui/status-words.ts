/** The statuses the Caldasa API gives events, orders and tickets, in words; an unknown one as it came. */
import { defineMessages, t, type MessageDescriptor } from '../lib/i18n';

const messages = defineMessages({
  draft: { id: 'bo.status.draft', defaultMessage: 'Draft' },
  published: { id: 'bo.status.published', defaultMessage: 'Published' },
  cancelled: { id: 'bo.status.cancelled', defaultMessage: 'Cancelled' },
  paid: { id: 'bo.status.paid', defaultMessage: 'Paid' },
  pending: { id: 'bo.status.pending', defaultMessage: 'Pending' },
  valid: { id: 'bo.status.valid', defaultMessage: 'Valid' },
  redeemed: { id: 'bo.status.redeemed', defaultMessage: 'Redeemed' },
});

const WORDS: Record<string, MessageDescriptor> = {
  Draft: messages.draft,
  Published: messages.published,
  Cancelled: messages.cancelled,
  Paid: messages.paid,
  Pending: messages.pending,
  Valid: messages.valid,
  Redeemed: messages.redeemed,
};

export function statusWords(status: string): string {
  const words = WORDS[status];
  return words ? t(words) : status;
}
