import type { SalesTier } from '../../../features/sales/get-ticket-sales-report';
import { formatOf } from '../ui/format';

const ROW = 34;
const LABEL = 30;

/**
 * Sold against capacity per ticket type, with checked-in drawn inside sold. Plain SVG: three nested bars
 * per row are simpler and more accessible here than bending a time-series library into a bar chart.
 */
export function TierBars({ tiers }: { tiers: readonly SalesTier[] }) {
  const widest = Math.max(1, ...tiers.map((tier) => Math.max(tier.capacity, tier.sold)));
  const height = tiers.length * (ROW + LABEL);
  const summary = tiers
    .map((t) => `${t.name}: ${formatOf(t.sold, t.capacity)} sold, ${t.redeemed} checked in`)
    .join('; ');
  return (
    <figure className="bo-figure">
      <svg
        className="bo-bars"
        viewBox={`0 0 1000 ${height}`}
        role="img"
        aria-label={`Sold against capacity. ${summary}`}
      >
        {tiers.map((tier, index) => {
          const y = index * (ROW + LABEL);
          const scale = (value: number) => (value / widest) * 1000;
          return (
            <g key={tier.ticketTypeId}>
              <text x={0} y={y + 22} className="bo-bar-label">
                {`${tier.name} · ${formatOf(tier.sold, tier.capacity)}`}
              </text>
              <rect
                x={0}
                y={y + LABEL}
                width={scale(tier.capacity)}
                height={ROW - 6}
                className="bo-bar-capacity"
              />
              <rect x={0} y={y + LABEL} width={scale(tier.sold)} height={ROW - 6} className="bo-bar-sold" />
              <rect
                x={0}
                y={y + LABEL + 8}
                width={scale(tier.redeemed)}
                height={ROW - 22}
                className="bo-bar-redeemed"
              />
            </g>
          );
        })}
      </svg>
      <figcaption className="bo-legend">
        <span className="bo-key bo-key-capacity">Capacity</span>
        <span className="bo-key bo-key-sold">Sold</span>
        <span className="bo-key bo-key-redeemed">Checked in (within sold)</span>
      </figcaption>
    </figure>
  );
}
