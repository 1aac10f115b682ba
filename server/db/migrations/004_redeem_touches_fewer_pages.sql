-- A redeem changed a ticket's status and redeemed_at, and both were keys of tickets_by_type_status and
-- tickets_by_event_status: every scan deleted and inserted an entry in each (about 10 WAL pages a redeem
-- against 2 for a minimal redeem). Counts now come from indexes a redeem does not move: all tickets by
-- type and by event (fixed at sale), cancelled ones (changed only by a cancellation), and redeemed ones,
-- whose entry a redeem appends at the end of its event's and type's range (a page already being written).
DROP INDEX tickets_by_type_status;
DROP INDEX tickets_by_event_status;
CREATE INDEX tickets_by_type ON tickets (ticket_type_id);
CREATE INDEX tickets_by_event ON tickets (event_id);
CREATE INDEX tickets_cancelled ON tickets (event_id, ticket_type_id) WHERE status = 'Cancelled';
CREATE INDEX tickets_redeemed ON tickets (event_id, ticket_type_id, redeemed_at) WHERE status = 'Redeemed';
