import { useDoorEvent } from '../../features/event-setup/get-event';

const number = new Intl.NumberFormat('en-GB');

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
      Checked in {number.format(redeemed)} of {number.format(sold)}
      {event.isRefetchError && <span className="visually-hidden"> (not refreshed: no connection)</span>}
    </p>
  );
}
