/**
 * End-to-end fixtures for the door: a browser whose fake camera plays a video generated for the test (the
 * file must exist before Chromium starts, so each camera page gets its own browser), and a door session
 * set up in local storage so scanning starts on load.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as base, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { writeY4m, type Y4mSegment } from './y4m.ts';

export interface DoorSession {
  appUrl?: string;
  apiUrl?: string;
  doorToken?: string;
  eventId: string;
  door: string;
}

export interface VideoOptions {
  width?: number;
  height?: number;
  fps?: number;
  /** false: the camera exists but the permission prompt is left unanswered, so access is denied. */
  grantCamera?: boolean;
}

export interface CameraLauncher {
  /** A page in a fresh browser whose camera plays `frames` in a loop. */
  open(frames: Y4mSegment[], options?: VideoOptions): Promise<Page>;
}

function env(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set; run through Playwright so global setup starts the sandbox.`);
  return value;
}

/** Opens the app connected with the door token, on `eventId` and `door`, as a returning device would. */
export async function openDoor(page: Page, session: DoorSession): Promise<void> {
  const stored = {
    'caldasa-door:connection': {
      baseUrl: session.apiUrl ?? env('SANDBOX_API_URL'),
      token: session.doorToken ?? env('SANDBOX_DOOR_TOKEN'),
    },
    'caldasa-door:door-setup': {
      eventId: session.eventId,
      door: session.door,
      recentDoors: [session.door],
      vipLanes: {},
    },
  };
  // Only on the first load: a reload must keep what the app itself stored since.
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('door-seeded')) return;
    sessionStorage.setItem('door-seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
  }, stored);
  await page.goto(session.appUrl ?? env('SANDBOX_URL'));
}

export const test = base.extend<{ camera: CameraLauncher }>({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  camera: async ({}, use, testInfo) => {
    const dir = await mkdtemp(join(tmpdir(), 'caldasa-camera-'));
    const browsers: Browser[] = [];
    await use({
      async open(frames, options = {}) {
        const path = join(dir, `camera-${browsers.length}.y4m`);
        const { width = 640, height = 480, fps = 10, grantCamera = true } = options;
        await writeY4m(path, { width, height, fps, frames });
        const browser = await chromium.launch(
          chromiumLaunchOptions([
            ...(grantCamera ? ['--use-fake-ui-for-media-stream'] : []),
            '--use-fake-device-for-media-stream',
            `--use-file-for-fake-video-capture=${path}`,
          ]),
        );
        browsers.push(browser);
        const context = await browser.newContext();
        return context.newPage();
      },
    });
    if (testInfo.status !== testInfo.expectedStatus) {
      const pages = browsers.flatMap((browser) => browser.contexts().flatMap((context) => context.pages()));
      for (const [index, page] of pages.entries()) {
        const body = await page.screenshot().catch(() => null);
        if (body) await testInfo.attach(`camera-page-${index}`, { body, contentType: 'image/png' });
      }
    }
    await Promise.all(browsers.map((browser) => browser.close()));
    await rm(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
