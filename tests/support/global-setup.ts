/**
 * Playwright global setup: one sandbox for the whole run, in-process, on a free port, with a fresh data
 * directory and the built app. Tests find it through SANDBOX_URL, SANDBOX_API_URL, SANDBOX_ADMIN_TOKEN
 * and SANDBOX_DOOR_TOKEN, and create their own events so they stay independent.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../../server/sandbox.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caldasa-e2e-'));
  const sandbox = await startSandbox({ port: 0, dataDir, staticDir: 'dist', quiet: true });
  process.env.SANDBOX_URL = sandbox.appUrl;
  process.env.SANDBOX_API_URL = sandbox.apiUrl;
  process.env.SANDBOX_ADMIN_TOKEN = sandbox.adminToken;
  process.env.SANDBOX_DOOR_TOKEN = sandbox.doorToken;
  return async () => {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
