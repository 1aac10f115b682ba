/**
 * A hardware barcode scanner in keyboard mode, as the page meets one: its keys arrive with the times the
 * scanner typed them (the platform stamps real input as it happens), however long the page takes to handle
 * each one. `page.keyboard.type` cannot do that: it sends a key only after the page has handled the one
 * before, so every render in between stretches the gaps the app's scanner detection reads, and a loaded CI
 * machine turns a 5 ms scanner into a 40 ms "person". Chromium's `Input.dispatchKeyEvent` takes the time a
 * key happened, so these keys carry a scanner's own rhythm.
 */
import type { CDPSession, Page } from '@playwright/test';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

export interface ScannerTiming {
  /** Milliseconds between keys, as the scanner types them (5 ms: a common USB scanner). */
  gapMs?: number;
  /** Press Enter after the text, as scanners are set up to. */
  enter?: boolean;
}

/** Where the scanner's clock stands, per page: a burst that follows another continues after it. */
const clocks = new WeakMap<Page, number>();

/** Types `text` as a scanner would; `pauseMs` first moves the scanner's clock on (a stall). */
export async function scannerTypes(page: Page, text: string, timing: ScannerTiming = {}): Promise<void> {
  const { gapMs = 5, enter = true } = timing;
  const session = await sessionOf(page);
  let at = Math.max(Date.now(), clocks.get(page) ?? 0);
  const keys: Array<{ key: string; text?: string; code?: string; keyCode?: number }> = [...text].map(
    (char) => ({
      key: char,
      text: char,
    }),
  );
  if (enter) keys.push({ key: 'Enter', text: '\r', code: 'Enter', keyCode: 13 });
  for (const key of keys) {
    const timestamp = at / 1000;
    await session.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: key.key,
      text: key.text,
      unmodifiedText: key.text,
      code: key.code,
      windowsVirtualKeyCode: key.keyCode,
      nativeVirtualKeyCode: key.keyCode,
      timestamp,
    });
    await session.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: key.key,
      code: key.code,
      windowsVirtualKeyCode: key.keyCode,
      nativeVirtualKeyCode: key.keyCode,
      timestamp,
    });
    at += gapMs;
  }
  clocks.set(page, at);
}

/** The scanner waits `ms` before its next key (a Bluetooth link or a busy scanner stalling mid-code). */
export async function scannerStalls(page: Page, ms: number): Promise<void> {
  const at = Math.max(Date.now(), clocks.get(page) ?? 0) + ms;
  clocks.set(page, at);
  await page.waitForTimeout(Math.max(0, at - Date.now()));
}
