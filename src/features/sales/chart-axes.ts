/**
 * Axis ticks a person reads right at first glance: times on bucket boundaries of the event's own clock,
 * written in the app's locale (24-hour, the date where the day changes), and whole numbers for counts.
 * Pure, so the chart and its tests share one reading.
 */
import { appLocale } from '../../lib/app-locale';
import { zoneOffsetMs } from '../events/zoned-time';

const MULTIPLES = [1, 2, 3, 6, 12, 24, 48, 72, 144, 288];

/** Tick instants (seconds) between `min` and `max`: whole multiples of the bucket on the zone's clock. */
export function bucketTicks(
  min: number,
  max: number,
  bucketSeconds: number,
  timeZone: string,
  maxTicks = 8,
): number[] {
  const span = Math.max(0, max - min);
  const multiple = MULTIPLES.find((m) => span / (m * bucketSeconds) <= maxTicks) ?? MULTIPLES.at(-1) ?? 1;
  const step = multiple * bucketSeconds;
  const offset = zoneOffsetMs(min * 1000, timeZone) / 1000;
  const ticks: number[] = [];
  for (let wall = Math.ceil((min + offset) / step) * step; wall - offset <= max; wall += step) {
    ticks.push(wall - offset);
  }
  return ticks;
}

const timeFormats = new Map<string, { time: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>();

function formatsFor(timeZone: string) {
  const key = `${appLocale()}|${timeZone}`;
  let formats = timeFormats.get(key);
  if (!formats) {
    formats = {
      time: new Intl.DateTimeFormat(appLocale(), {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
      day: new Intl.DateTimeFormat(appLocale(), { timeZone, day: 'numeric', month: 'short' }),
    };
    timeFormats.set(key, formats);
  }
  return formats;
}

/** "19:30", with "2 Dec" before the first tick and wherever the day changes. */
export function tickLabels(ticks: readonly number[], timeZone: string): string[] {
  const { time, day } = formatsFor(timeZone);
  let previousDay = '';
  return ticks.map((tick) => {
    const date = new Date(tick * 1000);
    const today = day.format(date);
    const label = today === previousDay ? time.format(date) : `${today} ${time.format(date)}`;
    previousDay = today;
    return label;
  });
}

/** Steps uPlot may use between count ticks: whole numbers only, so no axis ever reads "2.5 guests". */
export const WHOLE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 20_000];
