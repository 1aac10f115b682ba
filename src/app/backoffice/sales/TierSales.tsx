import type { SalesTier } from '../../../features/sales/get-ticket-sales-report';
import { formatCount, formatMoney } from '../ui/format';
import { TierBars } from './TierBars';

/** Per ticket type: a table (the text alternative) beside a bar chart of the same numbers. */
export function TierSales({ tiers, currency }: { tiers: readonly SalesTier[]; currency: string }) {
  return (
    <section aria-labelledby="tiers-title" className="bo-chart-pair">
      <h4 id="tiers-title">Per ticket type</h4>
      <div className="bo-table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Ticket type</th>
              <th scope="col">Price</th>
              <th scope="col">Capacity</th>
              <th scope="col">Sold</th>
              <th scope="col">Checked in</th>
              <th scope="col">Remaining</th>
              <th scope="col">Revenue</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      <TierBars tiers={tiers} />
    </section>
  );
}
