/**
 * Decode bench: every engine (and the option sets worth comparing) over the bench corpus and the door corpus,
 * headless Chromium. Prints engine x frame size (decode rate, median and p95 ms), the per-distortion
 * breakdown and which engine should go first. Run with `tsx bench/scan-decode.ts`.
 */
import { rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { ENGINE_ORDER } from '../src/lib/decoder/engine-order.ts';
import { GRAB_MAX_SIDE, RESCUE } from '../src/lib/decoder/frame-reader.ts';
import { ZXING_JS_OPTIONS } from '../src/lib/decoder/zxing-js-engine.ts';
import { ZXING_WASM_OPTIONS } from '../src/lib/decoder/zxing-wasm-engine.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { ensureCorpus, type CorpusName } from './scan-corpus/generate.ts';
import { CATEGORIES, DOOR_CATEGORIES } from './scan-corpus/frame-spec.ts';
import { buildBenchPage, type BuiltAsset } from './scan-lib/build-page.ts';
import {
  PAGE_GLOBAL,
  type BenchVariant,
  type PublicApiCheck,
  type ScanBenchPageApi,
} from './scan-lib/protocol.ts';
import { categoryTable, engineTable, rate, summarise, type VariantFigures } from './scan-lib/report.ts';
import { serveBench } from './scan-lib/serve.ts';

const SHIPPED_WASM = 'zxing-wasm (shipped)';
const SHIPPED_JS = '@zxing/browser (shipped)';
const SHIPPED_PIPELINE = `zxing-wasm grab<=${GRAB_MAX_SIDE} + rescue (app path)`;

/**
 * The shipped options first, then the alternatives they were measured against. The grab variants run the
 * app's path (a canvas grabbed at that size, then decoded); "+ rescue" adds the upscaled pass after a miss.
 */
const VARIANTS: BenchVariant[] = [
  { label: SHIPPED_WASM, engine: 'zxing-wasm', wasmOptions: ZXING_WASM_OPTIONS },
  { label: SHIPPED_JS, engine: 'zxing-browser', jsOptions: ZXING_JS_OPTIONS },
  {
    label: 'zxing-wasm tryDownscale off',
    engine: 'zxing-wasm',
    wasmOptions: { ...ZXING_WASM_OPTIONS, tryDownscale: false },
  },
  {
    label: 'zxing-wasm tryInvert off',
    engine: 'zxing-wasm',
    wasmOptions: { ...ZXING_WASM_OPTIONS, tryInvert: false },
  },
  {
    label: 'zxing-wasm grab<=960 (before)',
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: 960,
  },
  {
    label: 'zxing-wasm grab full size',
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: 0,
  },
  {
    label: `zxing-wasm grab<=${GRAB_MAX_SIDE}`,
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: GRAB_MAX_SIDE,
  },
  {
    label: SHIPPED_PIPELINE,
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: GRAB_MAX_SIDE,
    rescue: true,
  },
  {
    label: `zxing-wasm grab<=${GRAB_MAX_SIDE} + rescue 1920, not sharpened (before)`,
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: GRAB_MAX_SIDE,
    rescue: { maxSide: 1920, sharpen: 0 },
  },
  {
    label: `zxing-wasm grab<=${GRAB_MAX_SIDE} + rescue 2x, not sharpened`,
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: GRAB_MAX_SIDE,
    rescue: { ...RESCUE, sharpen: 0 },
  },
  {
    label: 'zxing-wasm grab full size + rescue',
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: 0,
    rescue: true,
  },
  {
    label: `@zxing/browser grab<=${GRAB_MAX_SIDE} + rescue (fallback)`,
    engine: 'zxing-browser',
    jsOptions: ZXING_JS_OPTIONS,
    grabMaxSide: GRAB_MAX_SIDE,
    rescue: true,
  },
];

export interface CorpusFigures {
  name: CorpusName;
  frames: number;
  variants: VariantFigures[];
}

export interface DecodeBenchResult {
  nativeDetector: 'available' | 'unavailable';
  corpora: CorpusFigures[];
  /** Decode-rate lead of shipped zxing-wasm over shipped @zxing/browser on the bench corpus, in points. */
  wasmLeadPoints: number;
  firstEngine: 'zxing-wasm' | 'zxing-browser';
  /** False when ENGINE_ORDER in the decoder module disagrees with this measurement. */
  engineOrderMatches: boolean;
  goals: { benchRate: number; doorRate: number; door1080Rate: number; falseReads: number };
  bundle: BuiltAsset[];
  /** `createDecoder()` itself in Chromium, normally and with the `.wasm` refused by the server. */
  publicApi: PublicApiChecks;
  report: string;
}

type Tab = Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>['newPage']>>;

/** Opens the bench page in a fresh tab (fresh module cache, so each tab loads the engines anew). */
async function openBenchPage(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  url: string,
  log: (line: string) => void,
): Promise<Tab> {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => log(`page error: ${error.message}`));
  await tab.goto(url);
  await tab.waitForFunction((name) => name in window, PAGE_GLOBAL);
  return tab;
}

/** Calls one method of the page's bench API with JSON arguments. */
function callPage<K extends keyof ScanBenchPageApi>(
  tab: Tab,
  method: K,
  ...args: Parameters<ScanBenchPageApi[K]>
) {
  return tab.evaluate(
    ([name, m, a]) => {
      const api = (window as unknown as Record<string, ScanBenchPageApi>)[name]!;
      return (api[m] as (...x: unknown[]) => unknown)(...a);
    },
    [PAGE_GLOBAL, method, args] as const,
  ) as Promise<Awaited<ReturnType<ScanBenchPageApi[K]>>>;
}

async function runCorpus(tab: Tab, name: CorpusName, log: (line: string) => void): Promise<CorpusFigures> {
  const corpus = ensureCorpus(name);
  const prefix = basename(corpus.dir);
  const frames = corpus.frames.map(({ id, file, width, height, text }) => ({
    id,
    file: `${prefix}/${file}`,
    width,
    height,
    text,
  }));
  const variants: VariantFigures[] = [];
  for (const variant of VARIANTS) {
    const figures = summarise(variant, corpus.frames, await callPage(tab, 'run', variant, frames));
    log(`  ${name} corpus, ${variant.label}: ${figures.overall.decoded}/${figures.overall.total}`);
    variants.push(figures);
  }
  return { name, frames: frames.length, variants };
}

export async function runDecodeBench(log: (line: string) => void = console.log): Promise<DecodeBenchResult> {
  const bench = ensureCorpus('bench');
  ensureCorpus('door');
  const page = await buildBenchPage();
  const server = await serveBench(page.dir, dirname(bench.dir));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const tab = await openBenchPage(browser, server.url, log);
    const nativeDetector = await callPage(tab, 'nativeDetector');
    const corpora = [await runCorpus(tab, 'bench', log), await runCorpus(tab, 'door', log)];
    // The public API as the app uses it, then again with the .wasm refused by the server.
    const frame = bench.frames.find((f) => f.width === 1280)!;
    const probe = { ...frame, file: `${basename(bench.dir)}/${frame.file}` };
    const publicApi = await callPage(tab, 'publicApi', probe);
    server.blockWasm(true);
    const withoutWasm = await callPage(await openBenchPage(browser, server.url, log), 'publicApi', probe);
    const checks = { expected: probe.text, publicApi, withoutWasm };
    return conclude(corpora, nativeDetector, page.assets, checks);
  } finally {
    await browser.close();
    await server.close();
    rmSync(page.dir, { recursive: true, force: true });
  }
}

interface PublicApiChecks {
  expected: string;
  publicApi: PublicApiCheck;
  withoutWasm: PublicApiCheck;
}

const variant = (corpus: CorpusFigures, label: string) => corpus.variants.find((v) => v.label === label)!;

function conclude(
  corpora: CorpusFigures[],
  nativeDetector: DecodeBenchResult['nativeDetector'],
  bundle: BuiltAsset[],
  publicApi: PublicApiChecks,
): DecodeBenchResult {
  const [bench, door] = corpora as [CorpusFigures, CorpusFigures];
  const wasmLeadPoints =
    rate(variant(bench, SHIPPED_WASM).overall) - rate(variant(bench, SHIPPED_JS).overall);
  const firstEngine: DecodeBenchResult['firstEngine'] = wasmLeadPoints >= 10 ? 'zxing-wasm' : 'zxing-browser';
  const doorPipeline = variant(door, SHIPPED_PIPELINE);
  const door1080 = doorPipeline.bySize.find((s) => s.frame === '1920x1080');
  const goals = {
    benchRate: rate(variant(bench, SHIPPED_PIPELINE).overall),
    doorRate: rate(doorPipeline.overall),
    door1080Rate: door1080 ? rate(door1080) : 0,
    falseReads: corpora.reduce((sum, c) => sum + c.variants.reduce((n, v) => n + v.falseReads, 0), 0),
  };
  const engineOrderMatches = ENGINE_ORDER[0] === firstEngine;
  const result = {
    nativeDetector,
    corpora,
    wasmLeadPoints,
    firstEngine,
    engineOrderMatches,
    goals,
    bundle,
    publicApi,
  };
  return { ...result, report: formatReport(result) };
}

function formatReport(r: Omit<DecodeBenchResult, 'report'>): string {
  const shown = (c: PublicApiCheck) =>
    `engine ${c.engine}, ${c.text === r.publicApi.expected ? 'decoded' : `read ${String(c.text)}`}`;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const corpusLines = r.corpora.flatMap((c) => [
    `${c.name} corpus: ${c.frames} frames`,
    engineTable(c.variants),
    '',
    `Decoded per condition (${c.name} corpus):`,
    categoryTable(c.variants, c.name === 'door' ? DOOR_CATEGORIES : CATEGORIES),
    '',
    `Failed frames (${SHIPPED_PIPELINE}): ${variant(c, SHIPPED_PIPELINE).failedFrames.join(', ') || 'none'}`,
    '',
  ]);
  return [
    `Decode bench, headless Chromium. BarcodeDetector: ${r.nativeDetector}.`,
    ...corpusLines,
    `zxing-wasm leads @zxing/browser by ${r.wasmLeadPoints.toFixed(1)} points -> first engine: ${r.firstEngine}` +
      (r.engineOrderMatches
        ? ' (matches ENGINE_ORDER)'
        : ` (ENGINE_ORDER says ${ENGINE_ORDER[0]}: update it)`),
    `Goals for ${SHIPPED_PIPELINE}: bench corpus >= 99%: ${met(r.goals.benchRate >= 99)} (${r.goals.benchRate.toFixed(1)}%); ` +
      `door corpus >= 95%: ${met(r.goals.doorRate >= 95)} (${r.goals.doorRate.toFixed(1)}% over all sizes, ` +
      `${r.goals.door1080Rate.toFixed(1)}% from a 1920x1080 camera); false reads (all variants): ${r.goals.falseReads}`,
    `createDecoder() in Chromium: ${shown(r.publicApi.publicApi)}; with the .wasm refused: ${shown(r.publicApi.withoutWasm)}`,
    '',
    "Bench page bundle (both engines' JS in one chunk, plus the wasm):",
    ...r.bundle.map(
      (a) => `  ${a.file}: ${(a.bytes / 1024).toFixed(0)} KB, ${(a.gzipBytes / 1024).toFixed(0)} KB gzip`,
    ),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await runDecodeBench();
  console.log(`\n${result.report}`);
}
