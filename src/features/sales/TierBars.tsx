import type { SalesTier } from './get-ticket-sales-report';
import { formatOf } from '../../ui/format';

/**
 * Sold against the quantity on sale per ticket type, with checked-in drawn inside sold. Plain SVG: three nested bars
 * per row are simpler and more accessible here than bending a time-series library into a bar chart.
 * Labels are HTML so they keep their size on a phone; only the bars stretch.
 */
export function TierBars({ tiers }: { tiers: readonly SalesTier[] }) {
  const widest = Math.max(1, ...tiers.map((tier) => Math.max(tier.capacity, tier.sold)));
  const scale = (value: number) => (value / widest) * 1000;
  const summary = tiers
    .map((t) => `${t.name}: ${formatOf(t.sold, t.capacity)} sold, ${t.redeemed} checked in`)
    .join('; ');
  return (
    <figure className="bo-figure">
      <div role="img" aria-label={`Sold against quantity on sale. ${summary}`}>
        {tiers.map((tier) => (
          <div key={tier.ticketTypeId} className="bo-bar-row" aria-hidden="true">
            <span className="bo-bar-label">{`${tier.name} · ${formatOf(tier.sold, tier.capacity)}`}</span>
            <svg className="bo-bars" viewBox="0 0 1000 24" preserveAspectRatio="none">
              <rect x={0} y={0} width={scale(tier.capacity)} height={24} className="bo-bar-capacity" />
              <rect x={0} y={0} width={scale(tier.sold)} height={24} className="bo-bar-sold" />
              <rect x={0} y={7} width={scale(tier.redeemed)} height={10} className="bo-bar-redeemed" />
            </svg>
          </div>
        ))}
      </div>
      <figcaption className="bo-legend">
        <span className="bo-key bo-key-capacity">Quantity on sale</span>
        <span className="bo-key bo-key-sold">Sold</span>
        <span className="bo-key bo-key-redeemed">Checked in (within sold)</span>
      </figcaption>
    </figure>
  );
}
