/**
 * The page side of the decode worker. The main thread only grabs frames: `createImageBitmap` of the video,
 * transferred (no copy) to the worker, which scales, reads and answers. One decode is in flight at a time;
 * a frame offered while one is in flight is skipped (null). `dispose` ends the worker and answers null to
 * whatever was waiting.
 */
import type { DecodeFrame, Decoder, PixelEngineName } from './types';
import type { FromWorker, ToWorker } from './worker-protocol';

/** The little of `Worker` used here, so tests can hand in a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface WorkerDecoderDeps {
  createWorker(): WorkerLike;
  /** Snapshot of the frame for transfer; the page's real one is `createImageBitmap`. */
  grab(frame: DecodeFrame): Promise<ImageBitmap | null>;
}

/** Default grab: a video without a current frame has nothing to read yet. */
export async function grabBitmap(frame: DecodeFrame): Promise<ImageBitmap | null> {
  if ('readyState' in frame && frame.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null;
  return createImageBitmap(frame);
}

/** Starts the worker and resolves once an engine loaded in it; rejects when none could (or it died). */
export function createWorkerDecoder(deps: WorkerDecoderDeps): Promise<Decoder> {
  const worker = deps.createWorker();
  let disposed = false;
  let nextId = 1;
  let inFlight: { id: number; resolve: (text: string | null) => void } | null = null;

  const settle = (text: string | null) => {
    const waiting = inFlight;
    inFlight = null;
    waiting?.resolve(text);
  };

  return new Promise<Decoder>((resolve, reject) => {
    const dispose = () => {
      if (disposed) return;
      disposed = true;
      worker.terminate();
      settle(null);
    };
    const decode = async (frame: DecodeFrame): Promise<string | null> => {
      if (disposed || inFlight) return null;
      const id = nextId++;
      const result = new Promise<string | null>((done) => (inFlight = { id, resolve: done }));
      try {
        const bitmap = await deps.grab(frame);
        if (!bitmap || disposed) {
          bitmap?.close();
          settle(null);
        } else worker.postMessage({ type: 'decode', id, frame: bitmap }, [bitmap]);
      } catch {
        settle(null);
      }
      return result;
    };
    const ready = (engine: PixelEngineName): Decoder => ({ engine, decode, dispose });

    worker.addEventListener('message', (event) => {
      const message = event.data;
      if (message.type === 'ready') resolve(ready(message.engine));
      else if (message.type === 'failed') {
        dispose();
        reject(new Error(`The decode worker loaded no engine: ${message.reason}`));
      } else if (message.type === 'result' && inFlight?.id === message.id) settle(message.text);
    });
    worker.addEventListener('error', () => {
      // A worker that failed to load or crashed: before 'ready' the caller falls back, after it frames read null.
      dispose();
      reject(new Error('The decode worker failed'));
    });
  });
}
