/**
 * Starts a venue relay: its database in the data directory, the app on the same origin, and the Caldasa
 * API at `upstream` behind it. Used by `npm start -- --relay <url>`, tests and the relay benchmark.
 */
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { httpsCertificate } from '../https-cert.ts';
import { startCheckpointer } from '../db/checkpointer.ts';
import { openRelayDb, RELAY_DB_FILE } from './ledger-db.ts';
import { buildRelayApp } from './relay-app.ts';

export interface RelayOptions {
  upstream: string;
  dataDir: string;
  port?: number;
  host?: string;
  https?: boolean;
  staticDir?: string;
  quiet?: boolean;
  timeoutMs?: number;
  probeMinMs?: number;
  probeMaxMs?: number;
  replayEveryMs?: number;
}

export interface RunningRelay {
  appUrl: string;
  apiUrl: string;
  upstream: string;
  port: number;
  close(): Promise<void>;
}

/** Checks the upstream address: an absolute http(s) URL; the message says what is wrong otherwise. */
export function checkUpstreamUrl(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return 'it must start with http:// or https://';
    return null;
  } catch {
    return 'it is not a URL (for example http://127.0.0.1:8787/api)';
  }
}

export async function startRelay(options: RelayOptions): Promise<RunningRelay> {
  const dataDir = resolve(options.dataDir);
  const db = openRelayDb(dataDir);
  const app = await buildRelayApp({
    db,
    upstream: {
      baseUrl: options.upstream,
      timeoutMs: options.timeoutMs,
      probeMinMs: options.probeMinMs,
      probeMaxMs: options.probeMaxMs,
    },
    staticDir: options.staticDir,
    https: options.https ? await httpsCertificate(dataDir) : undefined,
    log: { level: options.quiet ? 'warn' : 'info' },
    replayEveryMs: options.replayEveryMs,
  });
  const checkpointer = startCheckpointer(db, join(dataDir, RELAY_DB_FILE), {
    onError: (message) => app.log.warn(`WAL checkpoint failed (retried): ${message}`),
  });
  app.addHook('onClose', async () => {
    // A replay still waiting for upstream's answer would write to a closed ledger otherwise.
    await app.relay.replayer.stop();
    await checkpointer.stop();
    db.close();
  });
  const host = options.host ?? (options.https ? '0.0.0.0' : '127.0.0.1');
  try {
    await app.listen({ port: options.port ?? 8788, host });
  } catch (error) {
    // A port in use: nothing may keep running (the checkpoint worker included) for a server that never started.
    await app.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const appUrl = `${options.https ? 'https' : 'http'}://${urlHost}:${port}`;
  return { appUrl, apiUrl: `${appUrl}/api`, upstream: options.upstream, port, close: () => app.close() };
}
