import { describe, expect, it } from 'vitest';
import { bucketTicks, tickLabels, WHOLE_STEPS } from './chart-axes';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('check-in chart axes', () => {
  it('puts time ticks on bucket boundaries, never every 30 seconds', () => {
    const ticks = bucketTicks(
      at('2026-12-02T18:02:00Z'),
      at('2026-12-02T18:31:00Z'),
      300,
      'Europe/Amsterdam',
    );
    expect(ticks.map((t) => new Date(t * 1000).toISOString().slice(11, 16))).toEqual([
      '18:05',
      '18:10',
      '18:15',
      '18:20',
      '18:25',
      '18:30',
    ]);
  });

  it("widens the step on long spans, still on whole hours of the event's own clock", () => {
    const ticks = bucketTicks(at('2026-12-02T17:10:00Z'), at('2026-12-02T23:10:00Z'), 300, 'Asia/Kolkata');
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(tickLabels(ticks, 'Asia/Kolkata').every((label) => /:00$/.test(label))).toBe(true);
  });

  it("labels ticks in the event's zone, 24-hour, with the date at the start and where the day changes", () => {
    const ticks = [at('2026-12-03T04:50:00Z'), at('2026-12-03T04:55:00Z'), at('2026-12-03T05:00:00Z')];
    expect(tickLabels(ticks, 'America/New_York')).toEqual(['2 Dec 23:50', '23:55', '3 Dec 00:00']);
  });

  it('steps counts by whole numbers only', () => {
    expect(WHOLE_STEPS.every(Number.isInteger)).toBe(true);
  });
});
