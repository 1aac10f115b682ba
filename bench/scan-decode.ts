/**
 * Decode bench: every engine (and the option sets worth comparing) over the generated corpus, in real
 * headless Chromium. Prints engine x frame size (decode rate, median and p95 ms), the per-distortion
 * breakdown and which engine should go first. Run with `tsx bench/scan-decode.ts`.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { ENGINE_ORDER } from '../src/lib/decoder/index.ts';
import { ZXING_JS_OPTIONS } from '../src/lib/decoder/zxing-js-engine.ts';
import { ZXING_WASM_OPTIONS } from '../src/lib/decoder/zxing-wasm-engine.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { ensureCorpus } from './scan-corpus/generate.ts';
import { CATEGORIES } from './scan-corpus/frame-spec.ts';
import { buildBenchPage, type BuiltAsset } from './scan-lib/build-page.ts';
import { PAGE_GLOBAL, type BenchVariant, type ScanBenchPageApi } from './scan-lib/protocol.ts';
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
  { label: 'zxing-wasm grab+decode', engine: 'zxing-wasm', wasmOptions: ZXING_WASM_OPTIONS, grabMaxSide: 0 },
  {
    label: 'zxing-wasm grab<=960+decode',
    engine: 'zxing-wasm',
    wasmOptions: ZXING_WASM_OPTIONS,
    grabMaxSide: 960,
  },
  {
    label: '@zxing/browser tryHarder off',
    engine: 'zxing-browser',
    jsOptions: { ...ZXING_JS_OPTIONS, tryHarder: false },
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
  report: string;
}

export async function runDecodeBench(log: (line: string) => void = console.log): Promise<DecodeBenchResult> {
  const corpus = ensureCorpus();
  const page = await buildBenchPage();
  const server = await serveBench(page.dir, corpus.dir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => log(`page error: ${error.message}`));
    await tab.goto(server.url);
    await tab.waitForFunction((name) => name in window, PAGE_GLOBAL);
    const nativeDetector = await tab.evaluate(
      (name) => (window as unknown as Record<string, ScanBenchPageApi>)[name]!.nativeDetector(),
      PAGE_GLOBAL,
    );
    const frames = corpus.frames.map(({ id, file, width, height, text }) => ({
      id,
      file,
      width,
      height,
      text,
    }));
    const variants: VariantFigures[] = [];
    for (const variant of VARIANTS) {
      const outcomes = await tab.evaluate(
        ([name, v, f]) => (window as unknown as Record<string, ScanBenchPageApi>)[name]!.run(v, f),
        [PAGE_GLOBAL, variant, frames] as const,
      );
      const figures = summarise(variant, corpus.frames, outcomes);
      log(`  ${variant.label}: ${figures.overall.decoded}/${figures.overall.total}`);
      variants.push(figures);
    }
    return conclude(variants, nativeDetector, page.assets, corpus.frames.length);
  } finally {
    await browser.close();
    await server.close();
    rmSync(page.dir, { recursive: true, force: true });
  }
}

function conclude(
  variants: VariantFigures[],
  nativeDetector: DecodeBenchResult['nativeDetector'],
  bundle: BuiltAsset[],
  frames: number,
): DecodeBenchResult {
  const wasm = variants.find((v) => v.label === SHIPPED_WASM)!;
  const js = variants.find((v) => v.label === SHIPPED_JS)!;
  const wasmLeadPoints = rate(wasm.overall) - rate(js.overall);
  const firstEngine = wasmLeadPoints >= 10 ? 'zxing-wasm' : 'zxing-browser';
  const first = firstEngine === 'zxing-wasm' ? wasm : js;
  const median720 = first.bySize.find((s) => s.frame === '1280x720')?.medianMs ?? Number.NaN;
  const goals = { corpusRate: rate(first.overall) >= 98, median720: median720 < 25 };
  const engineOrderMatches = ENGINE_ORDER[0] === firstEngine;
  const report = [
    `Decode bench: ${frames} corpus frames, headless Chromium. BarcodeDetector: ${nativeDetector}.`,
    engineTable(variants),
    '',
    'Decoded per distortion category:',
    categoryTable(variants, CATEGORIES),
    '',
    `Failed frames (${SHIPPED_WASM}): ${wasm.failedFrames.join(', ') || 'none'}`,
    `Failed frames (${SHIPPED_JS}): ${js.failedFrames.length} (${js.failedFrames.slice(0, 8).join(', ')}${js.failedFrames.length > 8 ? ', ...' : ''})`,
    '',
    `zxing-wasm leads @zxing/browser by ${wasmLeadPoints.toFixed(1)} points -> first engine: ${firstEngine}` +
      (engineOrderMatches ? ' (matches ENGINE_ORDER)' : ` (ENGINE_ORDER says ${ENGINE_ORDER[0]}: update it)`),
    `Goals for ${firstEngine}: corpus >= 98%: ${goals.corpusRate ? 'met' : 'NOT met'} (${rate(first.overall).toFixed(1)}%); ` +
      `median at 1280x720 < 25 ms: ${goals.median720 ? 'met' : 'NOT met'} (${median720.toFixed(1)} ms)`,
    '',
    'Bench page bundle (lazy engine chunks, gzip):',
    ...bundle.map(
      (a) => `  ${a.file}: ${(a.bytes / 1024).toFixed(0)} KB, ${(a.gzipBytes / 1024).toFixed(0)} KB gzip`,
    ),
  ].join('\n');
  return {
    frames,
    nativeDetector,
    variants,
    wasmLeadPoints,
    firstEngine,
    engineOrderMatches,
    goals,
    bundle,
    report,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await runDecodeBench();
  console.log(`\n${result.report}`);
}
