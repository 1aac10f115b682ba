/**
 * The check-ins chart drawn with uPlot: small (≈50 KB min), canvas-based, fast with thousands of points
 * and well kept. Imported only from CheckInChart via import(), so it and its CSS load with this chart.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CheckInSeries } from './check-in-series';
import { formatCount } from '../../ui/format';
import { bucketTicks, tickLabels, WHOLE_STEPS } from './chart-axes';

export interface DrawnChart {
  update: (series: CheckInSeries) => void;
  destroy: () => void;
}

const HEIGHT = 260;
const ARRIVALS = '#34d399';
const TOTAL = '#fbbf24';
const wholeCounts = (_u: uPlot, splits: number[]) => splits.map((n) => formatCount(n));

/**
 * The labels uPlot paints on its canvas, kept on the chart's element too (`data-x-ticks`, `data-y-ticks`),
 * so what a person reads on the axes can be checked without reading pixels.
 */
function recordTicks(target: HTMLElement, key: 'xTicks' | 'yTicks', labels: string[]): string[] {
  target.dataset[key] = labels.join(' | ');
  return labels;
}

function options(target: HTMLElement, timeZone: string, bucketSeconds: number): uPlot.Options {
  const bars = uPlot.paths.bars?.({ size: [0.8, 40] });
  const minutes = Math.round(bucketSeconds / 60);
  return {
    width: Math.max(280, target.clientWidth),
    height: HEIGHT,
    legend: { live: false },
    scales: {
      x: { time: true, auto: false },
      arrivals: { range: (_u, _min, max) => [0, Math.max(1, max)] },
      total: { range: (_u, _min, max) => [0, Math.max(1, max)] },
    },
    axes: [
      {
        stroke: '#d1d5db',
        grid: { stroke: '#263041' },
        splits: (_u, _axis, min, max) => bucketTicks(min, max, bucketSeconds, timeZone),
        values: (_u, splits) => recordTicks(target, 'xTicks', tickLabels(splits, timeZone)),
      },
      {
        scale: 'arrivals',
        label: `Arrivals per ${minutes} min (bars)`,
        stroke: ARRIVALS,
        grid: { stroke: '#263041' },
        incrs: WHOLE_STEPS,
        values: (u, splits) => recordTicks(target, 'yTicks', wholeCounts(u, splits)),
      },
      {
        scale: 'total',
        side: 1,
        label: 'Running total (line)',
        stroke: TOTAL,
        grid: { show: false },
        incrs: WHOLE_STEPS,
        values: wholeCounts,
      },
    ],
    series: [
      {},
      {
        label: `Arrivals per ${minutes} min`,
        scale: 'arrivals',
        fill: '#34d39966',
        stroke: ARRIVALS,
        ...(bars ? { paths: bars } : {}),
      },
      { label: 'Running total', scale: 'total', stroke: TOTAL, width: 2 },
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
  const chart = new uPlot(options(target, timeZone, bucketSeconds), data(series), target);
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
