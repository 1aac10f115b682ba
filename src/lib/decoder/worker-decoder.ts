/**
 * The page side of the decode worker. The main thread only grabs frames: a `VideoFrame` of the video where
 * WebCodecs exists (a reference to the camera's buffer: no pixel copy on the main thread), otherwise an
 * `ImageBitmap`; either is transferred to the worker, which scales, reads and answers. One decode is in flight at a time;
 * a frame offered while one is in flight is skipped (null). `dispose` ends the worker and answers null to
 * whatever was waiting.
 */
import type { DecodeFrame, Decoder, PixelEngineName } from './types';
import type { FromWorker, GrabbedFrame, ToWorker } from './worker-protocol';

/** The little of `Worker` used here, so tests can hand in a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface WorkerDecoderDeps {
  createWorker(): WorkerLike;
  /** Snapshot of the frame for transfer; the page's real one is `grabFrame`. */
  grab(frame: DecodeFrame): Promise<GrabbedFrame | null>;
}

/**
 * Default grab: a video without a current frame has nothing to read yet. Profiled under 4x CPU throttling,
 * `createImageBitmap(video)` spent about 8 ms of main thread per frame copying pixels; `new VideoFrame`
 * takes the camera's frame without a copy.
 */
export async function grabFrame(frame: DecodeFrame): Promise<GrabbedFrame | null> {
  if ('readyState' in frame && frame.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null;
  if (typeof VideoFrame === 'function' && 'videoWidth' in frame) return new VideoFrame(frame);
  return createImageBitmap(frame);
}

/** How often a crashed worker is replaced before the decoder gives up (frames then read null). */
const MAX_RESTARTS = 3;

/** Starts the worker and resolves once an engine loaded in it; rejects when none could (or it died). */
export function createWorkerDecoder(deps: WorkerDecoderDeps): Promise<Decoder> {
  let worker = deps.createWorker();
  let disposed = false;
  let isReady = false;
  let restarts = 0;
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
        const grabbed = await deps.grab(frame);
        if (!grabbed || disposed) {
          grabbed?.close();
          settle(null);
        } else worker.postMessage({ type: 'decode', id, frame: grabbed }, [grabbed]);
      } catch {
        settle(null);
      }
      return result;
    };
    const ready = (engine: PixelEngineName): Decoder => ({ engine, decode, dispose });

    const listen = (target: WorkerLike) => {
      target.addEventListener('message', (event) => {
        const message = event.data;
        if (message.type === 'ready') {
          isReady = true;
          resolve(ready(message.engine));
        } else if (message.type === 'failed') {
          dispose();
          reject(new Error(`The decode worker loaded no engine: ${message.reason}`));
        } else if (message.type === 'result' && inFlight?.id === message.id) settle(message.text);
      });
      target.addEventListener('error', () => {
        // Before 'ready' the caller falls back to the main thread. After it (a crash mid-shift, say out of
        // memory) a fresh worker takes over, a few times, so the camera does not silently stop reading.
        if (!isReady || restarts >= MAX_RESTARTS) {
          dispose();
          reject(new Error('The decode worker failed'));
          return;
        }
        restarts++;
        worker.terminate();
        settle(null);
        worker = deps.createWorker();
        listen(worker);
      });
    };
    listen(worker);
  });
}
