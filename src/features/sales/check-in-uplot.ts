/**
 * The check-ins chart drawn with uPlot: small (≈50 KB min), canvas-based, fast with thousands of points
 * and well kept. Imported only from CheckInChart via import(), so it and its CSS load with this chart.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CheckInSeries } from './check-in-series';
import { formatCount } from '../../ui/format';
import { bucketTicks, tickLabels, WHOLE_STEPS } from './chart-axes';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  arrivalsAxis: {
    id: 'bo.chart.arrivalsAxis',
    defaultMessage: 'Arrivals per {minutes} min (bars)',
  },
  totalAxis: { id: 'bo.chart.totalAxis', defaultMessage: 'Running total (line)' },
  arrivals: { id: 'bo.chart.arrivals', defaultMessage: 'Arrivals per {minutes} min' },
  total: { id: 'bo.chart.total', defaultMessage: 'Running total' },
});

export interface DrawnChart {
  update: (series: CheckInSeries) => void;
  destroy: () => void;
}

const HEIGHT = 260;

interface Inks {
  axis: string;
  grid: string;
  arrivals: string;
  arrivalsFill: string;
  total: string;
}

/**
 * The canvas cannot use CSS variables, so the theme's chart tokens (styles.css) are read off the chart's
 * element when it is drawn; the fallbacks are the dark theme's.
 */
function readInks(target: HTMLElement): Inks {
  const style = getComputedStyle(target);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    axis: token('--chart-axis', '#d1d5db'),
    grid: token('--line-soft', '#263041'),
    arrivals: token('--chart-green', '#34d399'),
    arrivalsFill: token('--chart-green-fill', '#34d39966'),
    total: token('--chart-amber', '#fbbf24'),
  };
}
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
  const inks = readInks(target);
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
        stroke: inks.axis,
        grid: { stroke: inks.grid },
        splits: (_u, _axis, min, max) => bucketTicks(min, max, bucketSeconds, timeZone),
        values: (_u, splits) => recordTicks(target, 'xTicks', tickLabels(splits, timeZone)),
      },
      {
        scale: 'arrivals',
        label: t(messages.arrivalsAxis, { minutes }),
        stroke: inks.arrivals,
        grid: { stroke: inks.grid },
        incrs: WHOLE_STEPS,
        values: (u, splits) => recordTicks(target, 'yTicks', wholeCounts(u, splits)),
      },
      {
        scale: 'total',
        side: 1,
        label: t(messages.totalAxis),
        stroke: inks.total,
        grid: { show: false },
        incrs: WHOLE_STEPS,
        values: wholeCounts,
      },
    ],
    series: [
      {},
      {
        label: t(messages.arrivals, { minutes }),
        scale: 'arrivals',
        fill: inks.arrivalsFill,
        stroke: inks.arrivals,
        ...(bars ? { paths: bars } : {}),
      },
      { label: t(messages.total), scale: 'total', stroke: inks.total, width: 2 },
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
