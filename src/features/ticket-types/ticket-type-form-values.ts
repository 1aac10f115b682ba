/** The ticket-type form's text values and their translation to the API's request body. */
import type { CreateTicketTypeInput } from './create-ticket-type';
import type { TicketType } from './list-ticket-types';
import { textOrNull, wholeNumberError, wholeNumberIn } from '../../ui/form-text';
import type { FieldErrors, FormCheck } from '../../ui/use-api-form';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  amount: { id: 'bo.ticketTypeValues.amount', defaultMessage: 'Enter an amount, for example 25.00.' },
});

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

export type TicketTypeCheck = FormCheck<TicketTypeField, CreateTicketTypeInput>;

/** Numbers must be numbers; their ranges and the decimals of the currency are the server's to judge. */
export function ticketTypeBody(values: TicketTypeValues): TicketTypeCheck {
  const errors: FieldErrors<TicketTypeField> = {};
  const price = Number(values.price.replace(',', '.'));
  const quantity = wholeNumberIn(values.quantity);
  if (values.price.trim() === '' || !Number.isFinite(price)) errors.price = [t(messages.amount)];
  if (quantity === null) errors.quantity = [wholeNumberError()];

  if (quantity === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      name: values.name,
      description: textOrNull(values.description),
      price,
      quantity,
    },
  };
}
