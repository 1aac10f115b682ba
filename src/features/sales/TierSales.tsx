import type { SalesTier } from './get-ticket-sales-report';
import { DataTable } from '../../ui/DataTable';
import { formatCount, formatMoney } from '../../ui/format';
import { TierBars } from './TierBars';

const COLUMNS = ['Ticket type', 'Price', 'Quantity', 'Sold', 'Checked in', 'Remaining', 'Revenue'];

/** Per ticket type: a table (the text alternative) beside a bar chart of the same numbers. */
export function TierSales({ tiers, currency }: { tiers: readonly SalesTier[]; currency: string }) {
  return (
    <section aria-labelledby="tiers-title" className="bo-chart-pair">
      <h3 id="tiers-title">Per ticket type</h3>
      <DataTable columns={COLUMNS} className="bo-cards">
        {tiers.map((tier) => (
          <tr key={tier.ticketTypeId}>
            <th scope="row">{tier.name}</th>
            <td data-label="Price" className="bo-num">
              {formatMoney(tier.price, currency)}
            </td>
            <td data-label="Quantity" className="bo-num">
              {formatCount(tier.capacity)}
            </td>
            <td data-label="Sold" className="bo-num">
              {formatCount(tier.sold)}
            </td>
            <td data-label="Checked in" className="bo-num">
              {formatCount(tier.redeemed)}
            </td>
            <td data-label="Remaining" className="bo-num">
              {formatCount(tier.remaining)}
            </td>
            <td data-label="Revenue" className="bo-num">
              {formatMoney(tier.revenue, currency)}
            </td>
          </tr>
        ))}
      </DataTable>
      <TierBars tiers={tiers} />
    </section>
  );
}
