/** Turns per-frame outcomes into the decode bench's figures and prints them as plain-text tables. */
import type { CorpusFrame } from '../scan-corpus/generate.ts';
import type { BenchVariant, FrameOutcome } from './protocol.ts';

export interface Tally {
  decoded: number;
  total: number;
}

export interface SizeFigures extends Tally {
  frame: string;
  medianMs: number;
  p95Ms: number;
  /** Frames only the rescue pass read, and the rescue pass's time where it ran. */
  rescued: number;
  rescueMedianMs: number;
  rescueP95Ms: number;
}

export interface VariantFigures {
  label: string;
  engine: BenchVariant['engine'];
  overall: Tally;
  bySize: SizeFigures[];
  byCategory: Record<string, Tally>;
  failedFrames: string[];
  falseReads: number;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(
  variant: BenchVariant,
  frames: CorpusFrame[],
  outcomes: FrameOutcome[],
): VariantFigures {
  const byId = new Map(frames.map((frame) => [frame.id, frame]));
  const bySize = new Map<string, FrameOutcome[]>();
  const byCategory: Record<string, Tally> = {};
  for (const outcome of outcomes) {
    const frame = byId.get(outcome.id)!;
    const size = `${frame.width}x${frame.height}`;
    bySize.set(size, [...(bySize.get(size) ?? []), outcome]);
    const tally = (byCategory[frame.category] ??= { decoded: 0, total: 0 });
    tally.total++;
    if (outcome.decoded) tally.decoded++;
  }
  return {
    label: variant.label,
    engine: variant.engine,
    overall: count(outcomes),
    bySize: [...bySize].map(([frame, list]) => ({
      frame,
      ...count(list),
      medianMs: percentile(
        list.map((o) => o.ms),
        50,
      ),
      p95Ms: percentile(
        list.map((o) => o.ms),
        95,
      ),
      ...rescueFigures(list),
    })),
    byCategory,
    failedFrames: outcomes.filter((o) => !o.decoded).map((o) => o.id),
    falseReads: outcomes.filter((o) => o.falseRead).length,
  };
}

function rescueFigures(list: FrameOutcome[]) {
  const times = list.flatMap((o) => (o.rescueMs === undefined ? [] : [o.rescueMs]));
  return {
    rescued: list.filter((o) => o.rescued).length,
    rescueMedianMs: percentile(times, 50),
    rescueP95Ms: percentile(times, 95),
  };
}

function count(outcomes: FrameOutcome[]): Tally {
  return { decoded: outcomes.filter((o) => o.decoded).length, total: outcomes.length };
}

export function rate({ decoded, total }: Tally): number {
  return total === 0 ? 0 : (100 * decoded) / total;
}

const fraction = (t: Tally) => `${t.decoded}/${t.total} (${rate(t).toFixed(1)}%)`;

const ms = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(1));

/** Engine x frame size: decode rate, median and p95 time, and what the rescue pass added and cost. */
export function engineTable(variants: VariantFigures[]): string {
  const rows = variants.flatMap((v) =>
    v.bySize.map((s) => [
      v.label,
      s.frame,
      fraction(s),
      ms(s.medianMs),
      ms(s.p95Ms),
      String(s.rescued),
      `${ms(s.rescueMedianMs)} / ${ms(s.rescueP95Ms)}`,
    ]),
  );
  const header = [
    'engine (options)',
    'frame',
    'decoded',
    'median ms',
    'p95 ms',
    'rescued',
    'rescue med/p95 ms',
  ];
  return table(header, rows);
}

/** Category x engine: which distortions fail. */
export function categoryTable(variants: VariantFigures[], categories: readonly string[]): string {
  const rows = categories.map((c) => [c, ...variants.map((v) => tallyText(v.byCategory[c]))]);
  return table(['category', ...variants.map((v) => v.label)], rows);
}

function tallyText(t: Tally | undefined): string {
  return t ? `${t.decoded}/${t.total}` : '-';
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
