import type { SalesTier } from './get-ticket-sales-report';
import { formatCount, formatOf } from '../../ui/format';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  tier: { id: 'bo.tierBars.tier', defaultMessage: '{name}: {sold} sold, {checkedIn} checked in' },
  label: { id: 'bo.tierBars.label', defaultMessage: 'Sold against quantity on sale. {summary}' },
  onSale: { id: 'bo.tierBars.onSale', defaultMessage: 'Quantity on sale' },
  sold: { id: 'bo.tierBars.sold', defaultMessage: 'Sold' },
  checkedIn: { id: 'bo.tierBars.checkedIn', defaultMessage: 'Checked in (within sold)' },
});

/**
 * Sold against the quantity on sale per ticket type, with checked-in drawn inside sold. Plain SVG: three nested bars
 * per row are simpler and more accessible here than bending a time-series library into a bar chart.
 * Labels are HTML so they keep their size on a phone; only the bars stretch.
 */
export function TierBars({ tiers }: { tiers: readonly SalesTier[] }) {
  const widest = Math.max(1, ...tiers.map((tier) => Math.max(tier.capacity, tier.sold)));
  const scale = (value: number) => (value / widest) * 1000;
  const summary = tiers
    .map((tier) =>
      t(messages.tier, {
        name: tier.name,
        sold: formatOf(tier.sold, tier.capacity),
        checkedIn: formatCount(tier.redeemed),
      }),
    )
    .join('; ');
  return (
    <figure className="bo-figure">
      <div role="img" aria-label={t(messages.label, { summary })}>
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
        <span className="bo-key bo-key-capacity">{t(messages.onSale)}</span>
        <span className="bo-key bo-key-sold">{t(messages.sold)}</span>
        <span className="bo-key bo-key-redeemed">{t(messages.checkedIn)}</span>
      </figcaption>
    </figure>
  );
}
