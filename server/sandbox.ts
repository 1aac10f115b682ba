/**
 * Starts a complete sandbox: database (seeded when empty), API and, optionally, the built app. Used by
 * `npm start`, the Playwright global setup and the API benchmark.
 */
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { buildApp } from './app.ts';
import { makeFilesPrivate } from './db/data-dir.ts';
import { startCheckpointer } from './db/checkpointer.ts';
import { DB_FILE, openDatabase, resetDatabase } from './db/database.ts';
import { CERT_FILE, httpsCertificate } from './https-cert.ts';
import type { RateLimitOptions } from './rate-limit.ts';
import { CREDENTIALS_FILE, ensureSeeded, TICKETS_PAGE_FILE } from './seed.ts';

export interface SandboxOptions {
  /** 0 picks a free port. Defaults to 8787. */
  port?: number;
  host?: string;
  dataDir: string;
  reset?: boolean;
  staticDir?: string;
  https?: boolean;
  /** Only warnings and errors are logged. */
  quiet?: boolean;
  rateLimit?: Partial<RateLimitOptions>;
}

export interface RunningSandbox {
  appUrl: string;
  apiUrl: string;
  adminToken: string;
  doorToken: string;
  ticketsPage: string;
  dataDir: string;
  port: number;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const dataDir = resolve(options.dataDir);
  if (options.reset) resetDatabase(dataDir);
  const db = openDatabase(dataDir);
  const credentials = await ensureSeeded(db, dataDir);
  // The seed writes these with the default mode; the directory is already private, the files follow.
  makeFilesPrivate(dataDir, [CREDENTIALS_FILE, TICKETS_PAGE_FILE, CERT_FILE]);
  const https = options.https ? await httpsCertificate(dataDir) : undefined;
  const app = await buildApp({
    db,
    staticDir: options.staticDir,
    https,
    rateLimit: options.rateLimit,
    log: { level: options.quiet ? 'warn' : 'info' },
  });
  const checkpointer = startCheckpointer(db, join(dataDir, DB_FILE), {
    onError: (message) => app.log.warn(`WAL checkpoint failed (retried): ${message}`),
  });
  app.addHook('onClose', async () => {
    await checkpointer.stop();
    db.close();
  });
  const host = options.host ?? (options.https ? '0.0.0.0' : '127.0.0.1');
  try {
    await app.listen({ port: options.port ?? 8787, host });
  } catch (error) {
    // A port in use: nothing may keep running (the checkpoint worker included) for a server that never started.
    await app.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const appUrl = `${options.https ? 'https' : 'http'}://${urlHost}:${port}`;
  return {
    appUrl,
    apiUrl: `${appUrl}/api`,
    ...credentials,
    ticketsPage: join(dataDir, TICKETS_PAGE_FILE),
    dataDir,
    port,
    close: () => app.close(),
  };
}
