/**
 * Door figures through the real UI: the time from a code being decoded to its verdict on screen (the app's
 * `decode:<text>` and `verdict:<token>` performance marks, read from the page) over many scans with the
 * fake camera against a sandbox, and the gzip size of the scanner's JavaScript before the decoder loads.
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

export interface ScanVerdictFigures {
  scans: number;
  measured: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  scannerJsKb: number;
  scannerJsFiles: string[];
}

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

/** Decode-to-verdict times, one per token: its first decode mark to the first verdict mark after it. */
export function latencies(marks: Mark[], tokens: string[]): number[] {
  return tokens.flatMap((token) => {
    const decode = marks.find((mark) => mark.name === `decode:${token}`);
    const verdict =
      decode && marks.find((m) => m.name === `verdict:${token}` && m.startTime >= decode.startTime);
    return decode && verdict ? [verdict.startTime - decode.startTime] : [];
  });
}

async function readMarks(page: Page): Promise<Mark[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('mark').map((mark) => ({ name: mark.name, startTime: mark.startTime })),
  );
}

async function measureInBrowser(video: string, session: DoorSeed, tokens: string[]): Promise<Mark[]> {
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
    await page.goto(session.appUrl);
    const deadline = Date.now() + (tokens.length * 0.8 + 40) * 1000;
    let marks = await readMarks(page);
    while (latencies(marks, tokens).length < tokens.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      marks = await readMarks(page);
    }
    return marks;
  } finally {
    await browser.close();
  }
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
    const tokens: string[] = [];
    // The sandbox sells at most 50 tickets per purchase.
    for (let left = scans; left > 0; left -= 50) {
      const order = await api.purchase(eventId, ticketTypeId, Math.min(50, left), 'Bench Guest');
      tokens.push(...order.tickets.map((ticket) => ticket.token));
    }
    const video = join(work, 'camera.y4m');
    const frames = [
      { seconds: 1.5 },
      ...tokens.flatMap((qr) => [{ qr, seconds: 0.5 }, { seconds: 0.3 }]),
      { seconds: 3 },
    ];
    await writeY4m(video, { width: 480, height: 360, fps: 10, frames });
    const storage = {
      'caldasa-door:connection': { baseUrl: sandbox.apiUrl, token: sandbox.doorToken },
      'caldasa-door:door-setup': { eventId, door: 'Bench', recentDoors: ['Bench'], vipLanes: {} },
    };
    const marks = await measureInBrowser(video, { appUrl: sandbox.appUrl, storage }, tokens);
    const times = latencies(marks, tokens).sort((a, b) => a - b);
    return {
      scans,
      measured: times.length,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      maxMs: percentile(times, 100),
      scannerJsKb: size.kb,
      scannerJsFiles: size.files,
    };
  } finally {
    await sandbox.close();
    await rm(work, { recursive: true, force: true });
  }
}

/** The figures as printed lines, with the goals next to them. */
export function formatScanVerdict(figures: ScanVerdictFigures): string {
  return [
    `Decode to verdict on screen (${figures.measured} of ${figures.scans} scans measured, fake camera, sandbox):`,
    `  p50 ${figures.p50Ms} ms · p95 ${figures.p95Ms} ms (goal < 150 ms) · max ${figures.maxMs} ms`,
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
