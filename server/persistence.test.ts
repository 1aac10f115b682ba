import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from './db/database.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'caldasa-kill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the writer until it has reported `orders` committed orders, then kills it with SIGKILL. */
function writeThenKill(orders: number): Promise<string[]> {
  const writer = join(import.meta.dirname, 'test-support', 'load-writer.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const committed: string[] = [];
  let buffered = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('order ')) committed.push(line.slice(6));
      if (committed.length >= orders && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(committed) : reject(new Error(`writer exited: ${signal}`)),
    );
  });
}

it('keeps every committed purchase after a kill -9 mid-load, and the database opens fine', async () => {
  const committed = await writeThenKill(300);
  const db = openDatabase(dataDir);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(db.prepare('SELECT id FROM orders').pluck().all());
    const missing = committed.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(committed.length);
    const tickets = db.prepare('SELECT COUNT(*) FROM tickets').pluck().get();
    expect(tickets).toBe(stored.size * 3);
  } finally {
    db.close();
  }
});
