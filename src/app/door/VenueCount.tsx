import { useDoorEvent } from '../../features/event-setup/get-event';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  count: { id: 'venue.count', defaultMessage: 'Checked in {redeemed, number} of {sold, number}' },
  stale: { id: 'venue.stale', defaultMessage: '(not refreshed: no connection)' },
});

/**
 * "Checked in 120 of 480": the whole venue's count for the event (every door), from the event's
 * ticketsRedeemed and ticketsSold, refreshed while the scan screen is open.
 */
export function VenueCount({ eventId, refreshMs }: { eventId: string; refreshMs: number }) {
  const event = useDoorEvent(eventId, refreshMs);
  const redeemed = event.data?.ticketsRedeemed;
  const sold = event.data?.ticketsSold;
  if (redeemed == null || sold == null) return null;
  return (
    <p className="venue-count" data-testid="venue-count">
      {t(messages.count, { redeemed, sold })}
      {event.isRefetchError && <span className="visually-hidden"> {t(messages.stale)}</span>}
    </p>
  );
}
