/**
 * The sandbox exactly as `npm start` runs it (request logs on, default rate limits, the built app served),
 * in its own process group, its stdout (the request log) going to a file as it would to a terminal or a
 * log collector.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = join(import.meta.dirname, '..', '..');
// `npm start` may build the app first (dist/ missing or stale), which takes a while on a busy machine.
const START_TIMEOUT_MS = 300_000;

export interface ShippedServer {
  apiUrl: string;
  logFile: string;
  /** Request-log lines written so far. */
  logLines(): number;
  stop(): Promise<void>;
}

export async function startShippedServer(dataDir: string): Promise<ShippedServer> {
  const logFile = join(dataDir, '..', 'npm-start.log');
  const out = openSync(logFile, 'w');
  const child = spawn('npm', ['start', '--', '--port', '0', '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', out, 'inherit'],
    detached: true,
  });
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));
  const started = Date.now();
  let apiUrl: string | undefined;
  while (!apiUrl) {
    if (!alive) throw new Error(`npm start exited before it was ready; see ${logFile}`);
    if (Date.now() - started > START_TIMEOUT_MS) throw new Error(`npm start was not ready; see ${logFile}`);
    await sleep(200);
    const text = readFileSync(logFile, 'utf8');
    if (text.includes('Door token:')) apiUrl = /^API: (\S+)$/m.exec(text)?.[1];
  }
  return {
    apiUrl,
    logFile,
    logLines: () =>
      readFileSync(logFile, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('{')).length,
    stop: async () => {
      if (alive && child.pid) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}
