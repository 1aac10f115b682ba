import type { SalesTier } from './get-ticket-sales-report';
import { DataTable } from '../../ui/DataTable';
import { formatCount, formatMoney } from '../../ui/format';
import { TierBars } from './TierBars';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  type: { id: 'bo.tierSales.type', defaultMessage: 'Ticket type' },
  price: { id: 'bo.tierSales.price', defaultMessage: 'Price' },
  quantity: { id: 'bo.tierSales.quantity', defaultMessage: 'Quantity' },
  sold: { id: 'bo.tierSales.sold', defaultMessage: 'Sold' },
  checkedIn: { id: 'bo.tierSales.checkedIn', defaultMessage: 'Checked in' },
  remaining: { id: 'bo.tierSales.remaining', defaultMessage: 'Remaining' },
  revenue: { id: 'bo.tierSales.revenue', defaultMessage: 'Revenue' },
  title: { id: 'bo.tierSales.title', defaultMessage: 'Per ticket type' },
});

const COLUMNS = [
  messages.type,
  messages.price,
  messages.quantity,
  messages.sold,
  messages.checkedIn,
  messages.remaining,
  messages.revenue,
];

/** Per ticket type: a table (the text alternative) beside a bar chart of the same numbers. */
export function TierSales({ tiers, currency }: { tiers: readonly SalesTier[]; currency: string }) {
  return (
    <section aria-labelledby="tiers-title" className="bo-chart-pair">
      <h3 id="tiers-title">{t(messages.title)}</h3>
      <DataTable columns={COLUMNS.map((column) => t(column))} className="bo-cards">
        {tiers.map((tier) => (
          <tr key={tier.ticketTypeId}>
            <th scope="row">{tier.name}</th>
            <td data-label={t(messages.price)} className="bo-num">
              {formatMoney(tier.price, currency)}
            </td>
            <td data-label={t(messages.quantity)} className="bo-num">
              {formatCount(tier.capacity)}
            </td>
            <td data-label={t(messages.sold)} className="bo-num">
              {formatCount(tier.sold)}
            </td>
            <td data-label={t(messages.checkedIn)} className="bo-num">
              {formatCount(tier.redeemed)}
            </td>
            <td data-label={t(messages.remaining)} className="bo-num">
              {formatCount(tier.remaining)}
            </td>
            <td data-label={t(messages.revenue)} className="bo-num">
              {formatMoney(tier.revenue, currency)}
            </td>
          </tr>
        ))}
      </DataTable>
      <TierBars tiers={tiers} />
    </section>
  );
}
