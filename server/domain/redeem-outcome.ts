/**
 * The pure part of redeeming: given the event, the ticket found by its token and the time, which
 * outcome applies and what the door staff read. No I/O here, so each rule is easy to test.
 */
import type { Schemas } from '../api-types.ts';
import { addMinutes, formatLocal } from './time.ts';

export type RedeemResult = Schemas['PublicTicketRedemptionResultDto'];
export type Outcome = Schemas['PublicTicketRedemptionOutcome'];

export interface RedeemEvent {
  id: string;
  doorsOpenAt: string;
  timeZone: string;
}

export interface FoundTicket {
  id: string;
  eventId: string;
  eventName: string;
  status: 'Valid' | 'Redeemed' | 'Cancelled';
  orderStatus: 'Paid' | 'Cancelled';
  holderName: string;
  ticketTypeName: string;
  redeemedAt: string | null;
  redeemedByUserId: string | null;
  redeemedByName: string | null;
  redeemedAtDoor: string | null;
}

function base(outcome: Outcome, ticket: FoundTicket | undefined, message: string): RedeemResult {
  return {
    outcome,
    ticketId: ticket?.id ?? null,
    holderName: ticket?.holderName ?? null,
    ticketTypeName: ticket?.ticketTypeName ?? null,
    previouslyRedeemedAt: null,
    previouslyRedeemedByUserId: null,
    previouslyRedeemedAtDoor: null,
    message,
  };
}

/** AlreadyRedeemed, naming when, at which door and by whom the ticket was first scanned. */
export function alreadyRedeemed(ticket: FoundTicket, event: RedeemEvent): RedeemResult {
  const when = ticket.redeemedAt ? formatLocal(ticket.redeemedAt, event.timeZone) : 'earlier';
  const door = ticket.redeemedAtDoor ? `at ${ticket.redeemedAtDoor}` : 'at an unnamed door';
  const who = ticket.redeemedByName ?? 'an unknown user';
  return {
    ...base('AlreadyRedeemed', ticket, `Already used ${when} ${door} by ${who}.`),
    previouslyRedeemedAt: ticket.redeemedAt,
    previouslyRedeemedByUserId: ticket.redeemedByUserId,
    previouslyRedeemedAtDoor: ticket.redeemedAtDoor,
  };
}

export function notFoundResult(): RedeemResult {
  return base('NotFound', undefined, 'No ticket with this code exists. Check the code or ask for ID.');
}

export function redeemed(ticket: FoundTicket): RedeemResult {
  return base('Redeemed', ticket, `Admitted: ${ticket.holderName}, ${ticket.ticketTypeName}.`);
}

/**
 * The refusal that applies before trying to redeem, or null when the ticket may be redeemed now.
 * Order matters: a foreign ticket first, then void, then used, then too early (the only check
 * `override` skips).
 */
export function refusal(
  ticket: FoundTicket,
  event: RedeemEvent,
  context: { now: string; graceMinutes: number; override: boolean },
): RedeemResult | null {
  if (ticket.eventId !== event.id) {
    return base('WrongEvent', ticket, `This ticket is for another event: ${ticket.eventName}.`);
  }
  if (ticket.orderStatus === 'Cancelled' || ticket.status === 'Cancelled') {
    const what =
      ticket.orderStatus === 'Cancelled' ? "This ticket's order was cancelled" : 'This ticket was cancelled';
    return base('Cancelled', ticket, `${what}; it is not valid.`);
  }
  if (ticket.redeemedAt !== null) return alreadyRedeemed(ticket, event);
  const admitFrom = addMinutes(event.doorsOpenAt, -context.graceMinutes);
  if (!context.override && context.now < admitFrom) {
    const doors = formatLocal(event.doorsOpenAt, event.timeZone);
    const from = formatLocal(admitFrom, event.timeZone);
    return base(
      'DoorsNotOpen',
      ticket,
      `Doors open ${doors} (${event.timeZone}); tickets are admitted from ${from}.`,
    );
  }
  return null;
}
