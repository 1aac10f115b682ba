/**
 * The check-ins chart drawn with uPlot: small (≈50 KB min), canvas-based, fast with thousands of points
 * and well kept. Imported only from CheckInChart via import(), so it and its CSS load with this chart.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CheckInSeries } from '../../../features/sales/check-in-series';

export interface DrawnChart {
  update: (series: CheckInSeries) => void;
  destroy: () => void;
}

const HEIGHT = 260;

function options(width: number, timeZone: string): uPlot.Options {
  const bars = uPlot.paths.bars?.({ size: [0.8, 40] });
  return {
    width,
    height: HEIGHT,
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), timeZone),
    legend: { live: false },
    scales: {
      x: { time: true, auto: false },
      arrivals: { range: (_u, _min, max) => [0, Math.max(1, max)] },
    },
    axes: [
      { stroke: '#9ca3af', grid: { stroke: '#263041' } },
      { scale: 'arrivals', label: 'Arrivals per 5 min', stroke: '#9ca3af', grid: { stroke: '#263041' } },
      { scale: 'total', side: 1, label: 'Running total', stroke: '#9ca3af', grid: { show: false } },
    ],
    series: [
      {},
      {
        label: 'Arrivals',
        scale: 'arrivals',
        fill: '#34d39966',
        stroke: '#34d399',
        ...(bars ? { paths: bars } : {}),
      },
      { label: 'Running total', scale: 'total', stroke: '#fbbf24', width: 2 },
    ],
  };
}

/** Draws into `target` at its width, follows its resizes, and takes new data without redrawing from scratch. */
export function drawCheckInChart(
  target: HTMLElement,
  series: CheckInSeries,
  timeZone: string,
  bucketSeconds: number,
): DrawnChart {
  const data = (s: CheckInSeries): uPlot.AlignedData => [s.times, s.arrivals, s.total];
  const chart = new uPlot(options(Math.max(280, target.clientWidth), timeZone), data(series), target);
  const frame = (s: CheckInSeries) => {
    // A bucket either side, set by hand: uPlot's own x range makes one bucket a point on a years-wide axis.
    chart.setScale('x', {
      min: (s.times[0] ?? 0) - bucketSeconds,
      max: (s.times.at(-1) ?? 0) + bucketSeconds,
    });
  };
  frame(series);
  const observer = new ResizeObserver(() =>
    chart.setSize({ width: Math.max(280, target.clientWidth), height: HEIGHT }),
  );
  observer.observe(target);
  return {
    update: (next) => {
      chart.setData(data(next));
      frame(next);
    },
    destroy: () => {
      observer.disconnect();
      chart.destroy();
    },
  };
}
