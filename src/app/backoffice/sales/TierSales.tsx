import type { SalesTier } from '../../../features/sales/get-ticket-sales-report';
import { DataTable } from '../ui/DataTable';
import { formatCount, formatMoney } from '../ui/format';
import { TierBars } from './TierBars';

const COLUMNS = ['Ticket type', 'Price', 'Quantity', 'Sold', 'Checked in', 'Remaining', 'Revenue'];

/** Per ticket type: a table (the text alternative) beside a bar chart of the same numbers. */
export function TierSales({ tiers, currency }: { tiers: readonly SalesTier[]; currency: string }) {
  return (
    <section aria-labelledby="tiers-title" className="bo-chart-pair">
      <h3 id="tiers-title">Per ticket type</h3>
      <DataTable columns={COLUMNS}>
        {tiers.map((tier) => (
          <tr key={tier.ticketTypeId}>
            <th scope="row">{tier.name}</th>
            <td className="bo-num">{formatMoney(tier.price, currency)}</td>
            <td className="bo-num">{formatCount(tier.capacity)}</td>
            <td className="bo-num">{formatCount(tier.sold)}</td>
            <td className="bo-num">{formatCount(tier.redeemed)}</td>
            <td className="bo-num">{formatCount(tier.remaining)}</td>
            <td className="bo-num">{formatMoney(tier.revenue, currency)}</td>
          </tr>
        ))}
      </DataTable>
      <TierBars tiers={tiers} />
    </section>
  );
}
