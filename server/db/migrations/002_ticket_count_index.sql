-- Event-level ticket counts (sold, redeemed) and the check-in buckets read tickets by event and status;
-- without this index they visit every ticket row of the event, which is slow at 20,000+ tickets.
CREATE INDEX tickets_by_event_status ON tickets (event_id, status, redeemed_at);
DROP INDEX tickets_by_event_redeemed;
