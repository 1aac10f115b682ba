/** The ticket-type form's text values and their translation to the API's request body. */
import type { CreateTicketTypeInput } from '../../../features/ticket-types/create-ticket-type';
import type { TicketType } from '../../../features/ticket-types/list-ticket-types';

export const TICKET_TYPE_FIELDS = ['name', 'description', 'price', 'quantity'] as const;
export type TicketTypeField = (typeof TICKET_TYPE_FIELDS)[number];
export type TicketTypeValues = Record<TicketTypeField, string>;

export const EMPTY_TICKET_TYPE: TicketTypeValues = { name: '', description: '', price: '', quantity: '' };

export function ticketTypeToValues(type: TicketType): TicketTypeValues {
  return {
    name: type.name,
    description: type.description ?? '',
    price: String(type.price),
    quantity: String(type.quantity),
  };
}

export type TicketTypeCheck =
  | { ok: true; body: CreateTicketTypeInput }
  | { ok: false; errors: Partial<Record<TicketTypeField, string[]>> };

/** Numbers must be numbers; their ranges and the decimals of the currency are the server's to judge. */
export function ticketTypeBody(values: TicketTypeValues): TicketTypeCheck {
  const errors: Partial<Record<TicketTypeField, string[]>> = {};
  const price = Number(values.price.replace(',', '.'));
  const quantity = Number(values.quantity);
  if (values.price.trim() === '' || !Number.isFinite(price))
    errors.price = ['Enter an amount, for example 25.00.'];
  if (values.quantity.trim() === '' || !Number.isInteger(quantity))
    errors.quantity = ['Enter a whole number.'];
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      name: values.name,
      description: values.description.trim() === '' ? null : values.description,
      price,
      quantity,
    },
  };
}
