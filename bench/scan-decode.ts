/**
 * Decode bench: every engine (and the option sets worth comparing) over the generated corpus, in real
 * headless Chromium. Prints engine x frame size (decode rate, median and p95 ms), the per-distortion
 * breakdown and which engine should go first. Run with `tsx bench/scan-decode.ts`.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { ENGINE_ORDER, GRAB_OPTIONS } from '../src/lib/decoder/index.ts';
import { ZXING_JS_OPTIONS } from '../src/lib/decoder/zxing-js-engine.ts';
import { ZXING_WASM_OPTIONS } from '../src/lib/decoder/zxing-wasm-engine.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { ensureCorpus } from './scan-corpus/generate.ts';
import { CATEGORIES } from './scan-corpus/frame-spec.ts';
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

/** The shipped options first, then the alternatives the shipped choice was measured against. */
const VARIANTS: BenchVariant[] = [
  { label: SHIPPED_WASM, engine: 'zxing-wasm', wasmOptions: ZXING_WASM_OPTIONS },
  { label: SHIPPED_JS, engine: 'zxing-browser', jsOptions: ZXING_JS_OPTIONS },
  { label: 'zxing-wasm library defaults', engine: 'zxing-wasm', wasmOptions: { formats: ['QRCode'] } },
  {
    label: 'zxing-wasm tryHarder off',
    engine: 'zxing-wasm',
    wasmOptions: { ...ZXING_WASM_OPTIONS, tryHarder: false },
  },
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
    label: `zxing-wasm grab<=${GRAB_OPTIONS.maxSide ?? 'full'}+decode (app path)`,
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: GRAB_OPTIONS.maxSide ?? 0,
  },
  {
    label: 'zxing-wasm grab full size+decode',
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: 0,
  },
  {
    label: '@zxing/browser tryHarder on',
    engine: 'zxing-browser',
    jsOptions: { ...ZXING_JS_OPTIONS, tryHarder: true },
  },
];

export interface DecodeBenchResult {
  frames: number;
  nativeDetector: 'available' | 'unavailable';
  variants: VariantFigures[];
  /** Decode-rate lead of shipped zxing-wasm over shipped @zxing/browser, in percentage points. */
  wasmLeadPoints: number;
  firstEngine: 'zxing-wasm' | 'zxing-browser';
  /** False when ENGINE_ORDER in the decoder module disagrees with this measurement. */
  engineOrderMatches: boolean;
  goals: { corpusRate: boolean; median720: boolean };
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

export async function runDecodeBench(log: (line: string) => void = console.log): Promise<DecodeBenchResult> {
  const corpus = ensureCorpus();
  const page = await buildBenchPage();
  const server = await serveBench(page.dir, corpus.dir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const tab = await openBenchPage(browser, server.url, log);
    const nativeDetector = await callPage(tab, 'nativeDetector');
    const frames = corpus.frames.map(({ id, file, width, height, text }) => ({
      id,
      file,
      width,
      height,
      text,
    }));
    const variants: VariantFigures[] = [];
    for (const variant of VARIANTS) {
      const figures = summarise(variant, corpus.frames, await callPage(tab, 'run', variant, frames));
      log(`  ${variant.label}: ${figures.overall.decoded}/${figures.overall.total}`);
      variants.push(figures);
    }
    // The public API as the app uses it, then again with the .wasm refused by the server.
    const probe = frames.find((f) => f.width === 1280)!;
    const publicApi = await callPage(tab, 'publicApi', probe);
    server.blockWasm(true);
    const withoutWasm = await callPage(await openBenchPage(browser, server.url, log), 'publicApi', probe);
    const checks = { expected: probe.text, publicApi, withoutWasm };
    return conclude(variants, nativeDetector, page.assets, corpus.frames.length, checks);
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

function conclude(
  variants: VariantFigures[],
  nativeDetector: DecodeBenchResult['nativeDetector'],
  bundle: BuiltAsset[],
  frames: number,
  publicApi: PublicApiChecks,
): DecodeBenchResult {
  const wasm = variants.find((v) => v.label === SHIPPED_WASM)!;
  const js = variants.find((v) => v.label === SHIPPED_JS)!;
  const wasmLeadPoints = rate(wasm.overall) - rate(js.overall);
  const firstEngine: DecodeBenchResult['firstEngine'] = wasmLeadPoints >= 10 ? 'zxing-wasm' : 'zxing-browser';
  const first = firstEngine === 'zxing-wasm' ? wasm : js;
  const median720 = first.bySize.find((s) => s.frame === '1280x720')?.medianMs ?? Number.NaN;
  const goals = { corpusRate: rate(first.overall) >= 98, median720: median720 < 25 };
  const result = { frames, nativeDetector, variants, wasmLeadPoints, firstEngine, goals, bundle, publicApi };
  const engineOrderMatches = ENGINE_ORDER[0] === firstEngine;
  return {
    ...result,
    engineOrderMatches,
    report: formatReport({ ...result, engineOrderMatches }, wasm, js, median720),
  };
}

function formatReport(
  r: Omit<DecodeBenchResult, 'report'>,
  wasm: VariantFigures,
  js: VariantFigures,
  median720: number,
): string {
  const first = r.firstEngine === 'zxing-wasm' ? wasm : js;
  const shown = (c: PublicApiCheck) =>
    `engine ${c.engine}, ${c.text === r.publicApi.expected ? 'decoded' : `read ${String(c.text)}`}`;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  return [
    `Decode bench: ${r.frames} corpus frames, headless Chromium. BarcodeDetector: ${r.nativeDetector}.`,
    engineTable(r.variants),
    '',
    'Decoded per distortion category:',
    categoryTable(r.variants, CATEGORIES),
    '',
    `Failed frames (${SHIPPED_WASM}): ${wasm.failedFrames.join(', ') || 'none'}`,
    `Failed frames (${SHIPPED_JS}): ${js.failedFrames.length} (${js.failedFrames.slice(0, 6).join(', ')}, ...)`,
    '',
    `zxing-wasm leads @zxing/browser by ${r.wasmLeadPoints.toFixed(1)} points -> first engine: ${r.firstEngine}` +
      (r.engineOrderMatches
        ? ' (matches ENGINE_ORDER)'
        : ` (ENGINE_ORDER says ${ENGINE_ORDER[0]}: update it)`),
    `Goals for ${r.firstEngine}: corpus >= 98%: ${met(r.goals.corpusRate)} (${rate(first.overall).toFixed(1)}%); ` +
      `median at 1280x720 < 25 ms: ${met(r.goals.median720)} (${median720.toFixed(1)} ms)`,
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
