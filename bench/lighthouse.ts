/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset, performance only) against the built app served by
 * a sandbox on 127.0.0.1: the connect page of a new device, and the scan screen of a connected device
 * (a profile holding the connection and the door set-up, copied fresh for every run) with the fake camera.
 * Both are first visits as far as the network goes: no service worker or HTTP cache yet. Prints each run
 * and the medians of performance, total blocking time, LCP and CLS, with the machine's load.
 *
 *   npx tsx bench/lighthouse.ts [runs]      (builds dist/ first when it is missing)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startSandbox } from '../server/sandbox.ts';
import { CHROMIUM_ARGS, chromiumLaunchOptions, findChromium } from '../tests/support/chromium.ts';
import { sandboxApi } from '../tests/support/sandbox-api.ts';
import { writeY4m } from '../tests/support/y4m.ts';
import { table } from './scan-lib/report.ts';

interface RunFigures {
  performance: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  shifts: string;
  /** The longest main-thread tasks Lighthouse saw, with the script they are blamed on. */
  longTasks: string;
}

function topItems(details: unknown): string {
  if (!details || typeof details !== 'object' || !('items' in details) || !Array.isArray(details.items))
    return '';
  return details.items
    .slice(0, 4)
    .map(
      (item: { url?: string; duration?: number }) =>
        `${String(item.url).replace(/^.*\//, '')} ${Math.round(item.duration ?? 0)} ms`,
    )
    .join(', ');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A Chromium profile whose localStorage holds what a connected door device keeps. No service worker. */
async function connectedProfile(appUrl: string, storage: Record<string, unknown>, dir: string) {
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunchOptions(),
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    await page.goto(new URL('/healthz', appUrl).href);
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
    }, storage);
  } finally {
    await context.close();
  }
}

async function lighthouseRun(url: string, profile: string, video: string): Promise<RunFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium()?.executablePath ?? process.env.CHROME_PATH,
    userDataDir: profile,
    chromeFlags: [
      '--headless=new',
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      // The profile is the point: it holds the connected device's storage.
      disableStorageReset: true,
    });
    const audits = result?.lhr.audits ?? {};
    const shifts = audits['layout-shifts']?.details ?? audits['layout-shift-elements']?.details;
    if (process.env.LIGHTHOUSE_DEBUG)
      for (const id of ['bootup-time', 'mainthread-work-breakdown', 'layout-shift-elements', 'layout-shifts'])
        console.log(
          id,
          JSON.stringify((audits[id]?.details as { items?: unknown })?.items ?? null).slice(0, 900),
        );
    return {
      performance: Math.round((result?.lhr.categories.performance?.score ?? 0) * 100),
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      shifts: shifts && 'items' in shifts ? JSON.stringify(shifts.items).slice(0, 300) : '',
      longTasks: topItems(audits['long-tasks']?.details),
    };
  } finally {
    chrome.kill();
  }
}

async function main(runs: number) {
  if (!existsSync('dist/index.html')) {
    console.log('Building the app (npx vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  const work = mkdtempSync(join(tmpdir(), 'caldasa-lighthouse-'));
  const sandbox = await startSandbox({
    port: 0,
    dataDir: join(work, 'data'),
    staticDir: 'dist',
    quiet: true,
  });
  try {
    const api = sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken });
    const { eventId } = await api.openEvent({ name: 'Lighthouse door' });
    const video = join(work, 'camera.y4m');
    await writeY4m(video, { width: 640, height: 480, fps: 10, frames: [{ seconds: 2 }] });
    const connected = join(work, 'connected-profile');
    await connectedProfile(
      sandbox.appUrl,
      {
        'caldasa-door:connection': { baseUrl: sandbox.apiUrl, token: sandbox.doorToken },
        'caldasa-door:door-setup': { eventId, door: 'Main', recentDoors: ['Main'], vipLanes: {} },
      },
      connected,
    );
    const pages = [
      { name: 'connect page', profile: null },
      { name: 'scan screen (connected)', profile: connected },
    ];
    const rows: string[][] = [];
    for (const page of pages) {
      const figures: RunFigures[] = [];
      for (let run = 1; run <= runs; run++) {
        const profile = join(work, `run-${page.name.length}-${run}`);
        if (page.profile) cpSync(page.profile, profile, { recursive: true });
        else mkdirSync(profile);
        const load = loadavg()[0]!.toFixed(2);
        const f = await lighthouseRun(sandbox.appUrl, profile, video);
        console.log(
          `  ${page.name} run ${run}: performance ${f.performance}, TBT ${f.tbtMs.toFixed(0)} ms, ` +
            `LCP ${f.lcpMs.toFixed(0)} ms, CLS ${f.cls.toFixed(3)} (load average ${load})` +
            (f.shifts ? `\n    shifts: ${f.shifts}` : '') +
            (f.longTasks ? `\n    long tasks: ${f.longTasks}` : ''),
        );
        figures.push(f);
        rmSync(profile, { recursive: true, force: true });
      }
      rows.push([
        page.name,
        String(median(figures.map((f) => f.performance))),
        median(figures.map((f) => f.tbtMs)).toFixed(0),
        median(figures.map((f) => f.lcpMs)).toFixed(0),
        median(figures.map((f) => f.cls)).toFixed(3),
      ]);
    }
    console.log(
      `\nLighthouse ${runs} runs each, mobile preset, medians (load average now ${loadavg()[0]!.toFixed(2)}):`,
    );
    console.log(table(['page', 'performance', 'TBT ms', 'LCP ms', 'CLS'], rows));
    console.log('Goals: performance >= 95, TBT < 200 ms, CLS < 0.02.');
  } finally {
    await sandbox.close();
    rmSync(work, { recursive: true, force: true });
  }
}

const runs = Number(process.argv[2] ?? 3);
await main(Number.isInteger(runs) && runs > 0 ? runs : 3);
