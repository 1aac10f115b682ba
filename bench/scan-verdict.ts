/**
 * Door figures through the real UI: the time from a code being decoded to its verdict on screen (the app's
 * `decode:<text>` and `verdict:<token>` performance marks, read from the page) over many scans with the
 * fake camera against a sandbox, the main thread's long tasks (>= 50 ms) during 60 s of continuous
 * scanning, and the gzip size of the scanner's JavaScript before the decoder loads. The page is measured
 * twice: decoding in the worker (as shipped), and with the worker unavailable (OffscreenCanvas hidden), so
 * the same engines decode on the main thread as every frame did before the worker.
 *
 *   npx tsx bench/scan-verdict.ts [scans]      (needs a build in dist/: npx vite build)
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { startSandbox } from '../server/sandbox.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { sandboxApi } from '../tests/support/sandbox-api.ts';
import { writeY4m } from '../tests/support/y4m.ts';
import { table } from './scan-lib/report.ts';

export type DecodeThread = 'worker' | 'main thread';

export interface ThreadFigures {
  thread: DecodeThread;
  measured: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Camera decodes during the window (a code read, not frames tried). */
  decodes: number;
  longTasks: number;
  longestTaskMs: number;
  longTaskTotalMs: number;
  /** Long tasks that start within 1 s after a code was read: the verdict's work, not the decoder's. */
  afterRead: number;
  windowSeconds: number;
}

export interface ScanVerdictFigures {
  scans: number;
  threads: ThreadFigures[];
  scannerJsKb: number;
  scannerJsFiles: string[];
}

/** How long the page scans continuously while long tasks are counted. */
const WINDOW_MS = 60_000;

const DIST = 'dist';
// Lazy chunks that are not part of the scanner's first load even if a preload hint named them.
const LAZY_CHUNK = /(decoder|zxing|BackOfficeApp|backoffice|uplot)/i;

/** Gzip size of every script index.html loads (entry and modulepreloads), lazy chunks excluded. */
export function scannerJsSize(dist = DIST): { kb: number; files: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)]
    .map((match) => match[1] ?? '')
    .filter((file) => file !== '' && !LAZY_CHUNK.test(file));
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { kb: Math.round((bytes / 1024) * 10) / 10, files };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? NaN) * 10) / 10;
}

interface Mark {
  name: string;
  startTime: number;
}

interface PageRecord {
  marks: Mark[];
  longTasks: { startTime: number; duration: number }[];
}

/** Decode-to-verdict times, one per token: its first decode mark to the first verdict mark after it. */
export function latencies(marks: Mark[], tokens: string[]): number[] {
  return tokens.flatMap((token) => {
    const decode = marks.find((mark) => mark.name === `decode:${token}`);
    const verdict =
      decode && marks.find((m) => m.name === `verdict:${token}` && m.startTime >= decode.startTime);
    return decode && verdict ? [verdict.startTime - decode.startTime] : [];
  });
}

async function readRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => ({
    marks: performance
      .getEntriesByType('mark')
      .map((mark) => ({ name: mark.name, startTime: mark.startTime })),
    longTasks: (window as unknown as { benchLongTasks: { startTime: number; duration: number }[] })
      .benchLongTasks,
  }));
}

/** Installed before the app: records every main-thread long task from the start of the page. */
function observeLongTasks() {
  const tasks: { startTime: number; duration: number }[] = [];
  Object.assign(window, { benchLongTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Without OffscreenCanvas the decoder cannot use its worker and decodes on the main thread. */
function hideOffscreenCanvas() {
  Reflect.deleteProperty(globalThis, 'OffscreenCanvas');
}

async function measureInBrowser(video: string, session: DoorSeed, thread: DecodeThread): Promise<PageRecord> {
  const browser = await chromium.launch(
    chromiumLaunchOptions([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]),
  );
  try {
    const page = await browser.newPage();
    await page.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
    }, session.storage);
    await page.addInitScript(observeLongTasks);
    if (thread === 'main thread') await page.addInitScript(hideOffscreenCanvas);
    await page.goto(session.appUrl);
    // Scan continuously for the window, counted from the first code read.
    await page.waitForFunction(
      () => performance.getEntriesByType('mark').some((m) => m.name.startsWith('decode:')),
      {
        timeout: 60_000,
      },
    );
    await page.waitForTimeout(WINDOW_MS);
    return await readRecord(page);
  } finally {
    await browser.close();
  }
}

function figuresFor(thread: DecodeThread, record: PageRecord, tokens: string[]): ThreadFigures {
  const decodes = record.marks.filter((m) => m.name.startsWith('decode:'));
  const from = decodes[0]?.startTime ?? 0;
  const to = from + WINDOW_MS;
  const tasks = record.longTasks.filter((t) => t.startTime >= from && t.startTime < to);
  const times = latencies(record.marks, tokens).sort((a, b) => a - b);
  return {
    thread,
    measured: times.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: percentile(times, 100),
    decodes: decodes.filter((m) => m.startTime < to).length,
    longTasks: tasks.length,
    longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    longTaskTotalMs: Math.round(tasks.reduce((sum, t) => sum + t.duration, 0)),
    afterRead: tasks.filter((t) =>
      decodes.some((d) => t.startTime >= d.startTime && t.startTime < d.startTime + 1000),
    ).length,
    windowSeconds: WINDOW_MS / 1000,
  };
}

async function sell(
  api: ReturnType<typeof sandboxApi>,
  eventId: string,
  ticketTypeId: string,
  count: number,
): Promise<string[]> {
  const tokens: string[] = [];
  // The sandbox sells at most 50 tickets per purchase.
  for (let left = count; left > 0; left -= 50) {
    const order = await api.purchase(eventId, ticketTypeId, Math.min(50, left), 'Bench Guest');
    tokens.push(...order.tickets.map((ticket) => ticket.token));
  }
  return tokens;
}

interface DoorSeed {
  appUrl: string;
  storage: Record<string, unknown>;
}

/** Runs the whole bench: a sandbox, `scans` tickets, a video of their codes, and the page reading them. */
export async function runScanVerdictBench(scans = 60): Promise<ScanVerdictFigures> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('No build in dist/: run `npx vite build` first.');
  const size = scannerJsSize();
  const work = await mkdtemp(join(tmpdir(), 'caldasa-bench-verdict-'));
  const sandbox = await startSandbox({
    port: 0,
    dataDir: join(work, 'data'),
    staticDir: DIST,
    quiet: true,
    rateLimit: { burst: 10_000 },
  });
  try {
    const api = sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken });
    const { eventId, ticketTypeId } = await api.openEvent({ name: 'Bench door' });
    const storage = {
      'caldasa-door:connection': { baseUrl: sandbox.apiUrl, token: sandbox.doorToken },
      'caldasa-door:door-setup': { eventId, door: 'Bench', recentDoors: ['Bench'], vipLanes: {} },
    };
    const threads: ThreadFigures[] = [];
    for (const thread of ['worker', 'main thread'] as const) {
      // Fresh tickets per run, so every first read is a new redeem.
      const tokens = await sell(api, eventId, ticketTypeId, scans);
      const video = join(work, 'camera.y4m');
      const frames = [
        { seconds: 1.5 },
        ...tokens.flatMap((qr) => [{ qr, seconds: 0.5 }, { seconds: 0.3 }]),
        { seconds: 3 },
      ];
      // 960x540 is grabbed whole (under the 1280 px grab size): every frame costs a full decode.
      await writeY4m(video, { width: 960, height: 540, fps: 10, frames });
      const record = await measureInBrowser(video, { appUrl: sandbox.appUrl, storage }, thread);
      threads.push(figuresFor(thread, record, tokens));
      await rm(video, { force: true });
    }
    return { scans, threads, scannerJsKb: size.kb, scannerJsFiles: size.files };
  } finally {
    await sandbox.close();
    await rm(work, { recursive: true, force: true });
  }
}

/** The figures as printed lines, with the goals next to them. */
export function formatScanVerdict(figures: ScanVerdictFigures): string {
  const rows = figures.threads.map((t) => [
    t.thread,
    `${t.measured} of ${figures.scans}`,
    String(t.p50Ms),
    String(t.p95Ms),
    String(t.maxMs),
    String(t.decodes),
    String(t.longTasks),
    String(t.longestTaskMs),
    String(t.longTaskTotalMs),
    String(t.afterRead),
  ]);
  const header = [
    'decoding on',
    'verdicts',
    'p50 ms',
    'p95 ms',
    'max ms',
    'codes read',
    'long tasks',
    'longest ms',
    'total ms',
    'within 1 s of a read',
  ];
  return [
    `Scanning through the real UI (fake camera 960x540 at 10 fps, sandbox), ${figures.threads[0]?.windowSeconds ?? 60} s ` +
      `of continuous scanning from the first read; decode to verdict on screen; main-thread long tasks (>= 50 ms):`,
    table(header, rows),
    'Goals: decode to verdict p95 < 150 ms; no long task while decoding in the worker.',
    `Scanner JS before the decoder loads: ${figures.scannerJsKb} KB gzip (goal < 120 KB)`,
    `  ${figures.scannerJsFiles.join(', ')}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scans = Number(process.argv[2] ?? 60);
  console.log(
    formatScanVerdict(await runScanVerdictBench(Number.isInteger(scans) && scans > 0 ? scans : 60)),
  );
}
