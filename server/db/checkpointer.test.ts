import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from './checkpointer.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function database() {
  const dir = mkdtempSync(join(tmpdir(), 'checkpointer-'));
  dirs.push(dir);
  const file = join(dir, 'test.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return { db, file };
}

/** Commits `count` transactions of one row each, letting other threads run between batches. */
async function commit(db: Database.Database, count: number) {
  const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
  for (let n = 0; n < count; n += 1) {
    insert.run('x'.repeat(3000));
    if (n % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('the checkpoint worker', () => {
  it('takes checkpoints off the request connection and keeps the WAL small', async () => {
    const { db, file } = database();
    const checkpointer = startCheckpointer(db, file, { everyMs: 10, restartFrames: 500 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await checkpointer.ready;
    // 3,000 commits of a 3 KB row: about 37 MB of WAL if nothing restarted it.
    await commit(db, 3_000);
    expect(statSync(`${file}-wal`).size).toBeLessThan(8 * 1024 * 1024);
    expect(db.prepare('SELECT count(*) FROM rows').pluck().get()).toBe(3_000);
    await checkpointer.stop();
    db.close();
  });

  it('stops cleanly after a last checkpoint, leaving every commit in the database', async () => {
    const { db, file } = database();
    const checkpointer = startCheckpointer(db, file, { everyMs: 60_000 });
    await checkpointer.ready;
    await commit(db, 20);
    await checkpointer.stop();
    // Stopped on purpose: checkpoints stay off the request connection until the server closes it.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // The last checkpoint copied every commit into the database file.
    const [last] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>;
    expect(last?.checkpointed).toBe(last?.log);
    db.close();
    const reopened = new Database(file);
    expect(reopened.prepare('SELECT count(*) FROM rows').pluck().get()).toBe(20);
    reopened.close();
  });
});
