/**
 * WAL checkpoints off the request path. Under `synchronous = NORMAL` a checkpoint is the only fsync SQLite
 * makes, and with automatic checkpoints it runs inside whichever commit crosses the threshold: that request
 * waited for a copy of up to 16 MB and an fsync, which was most of the redeem p99 (`bench:api`: 44 ms with
 * automatic checkpoints against 20 ms with none). Here the request connection never checkpoints; a worker
 * thread with a connection of its own runs a PASSIVE checkpoint every `everyMs`, which copies what it can
 * without waiting for or blocking anyone. Under steady writes a PASSIVE checkpoint never catches up with
 * the writer, so the WAL would only grow: once it holds more than `restartFrames` frames the worker runs a
 * RESTART checkpoint, which holds writers back only while it copies the frames the last PASSIVE run left
 * (1–3 ms measured) and makes the next commit start the WAL again from its beginning.
 *
 * Durability is unchanged: a commit is in the WAL before it returns, checkpointed or not; a `kill -9` loses
 * nothing committed, and the next open replays the WAL. The worker holds no state worth keeping: if it dies,
 * the request connection goes back to automatic checkpoints.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.ts';

/** The automatic threshold used while no worker checkpoints (pages), as `openDatabase` sets it. */
const FALLBACK_AUTOCHECKPOINT = 4000;

// Plain CommonJS, run with `eval`: the worker needs no TypeScript loader, whatever started the server.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
// A RESTART checkpoint waits this long for the writer to finish its transaction.
db.pragma('busy_timeout = 1000');
parentPort.postMessage({ ready: true });
const checkpoint = () => {
  try {
    const [passive] = db.pragma('wal_checkpoint(PASSIVE)');
    if (passive && passive.log > workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)');
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Settles once the worker has its connection open and checkpoints. */
  ready: Promise<void>;
  /** Stops the worker after one last checkpoint; the caller closes its own connection afterwards. */
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  everyMs?: number;
  /** WAL frames (pages) above which the WAL is restarted: 2,000 pages of 4 KB is about 8 MB. */
  restartFrames?: number;
  /** Told about a checkpoint that failed (it is retried at the next tick). */
  onError?: (message: string) => void;
}

/** Moves `db`'s checkpoints (an on-disk database at `file`) to a worker thread. */
export function startCheckpointer(db: Db, file: string, options: CheckpointerOptions = {}): Checkpointer {
  const { everyMs = 200, restartFrames = 2_000, onError } = options;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, everyMs, restartFrames, driver },
  });
  db.pragma('wal_autocheckpoint = 0');
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  worker.on('message', (message: { error?: string; ready?: boolean }) => {
    if (message.ready) markReady();
    if (message.error) onError?.(message.error);
  });
  worker.on('error', (error) => onError?.(String(error)));
  void exited.then(() => {
    // A worker gone before it was asked to stop: the request connection checkpoints for itself again.
    if (!stopping && db.open) db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT}`);
  });
  void exited.then(markReady);
  return {
    ready,
    async stop() {
      if (stopping) return exited;
      stopping = true;
      worker.postMessage('stop');
      const timeout = setTimeout(() => void worker.terminate(), 5_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
