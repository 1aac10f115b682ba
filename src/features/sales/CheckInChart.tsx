import { useEffect, useRef, useState } from 'react';
import type { CheckInSeries } from './check-in-series';
import type { DrawnChart } from './check-in-uplot';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  failed: {
    id: 'bo.chart.failed',
    defaultMessage: 'The chart could not load; the table below has the same numbers.',
  },
});

interface Props {
  series: CheckInSeries;
  timeZone: string;
  bucketSeconds: number;
  label: string;
}

/** Loads uPlot on first use and keeps one chart per mount; new data updates it in place. */
export function CheckInChart({ series, timeZone, bucketSeconds, label }: Props) {
  const target = useRef<HTMLDivElement>(null);
  const chart = useRef<DrawnChart | null>(null);
  const latest = useRef(series);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    latest.current = series;
    chart.current?.update(series);
  }, [series]);

  useEffect(() => {
    let disposed = false;
    import('./check-in-uplot')
      .then(({ drawCheckInChart }) => {
        if (disposed || !target.current) return;
        chart.current = drawCheckInChart(target.current, latest.current, timeZone, bucketSeconds);
      })
      .catch(() => setFailed(true));
    return () => {
      disposed = true;
      chart.current?.destroy();
      chart.current = null;
    };
  }, [timeZone, bucketSeconds]);

  if (failed) return <p className="notice">{t(messages.failed)}</p>;

  return <div ref={target} className="bo-uplot" role="img" aria-label={label} />;
}
