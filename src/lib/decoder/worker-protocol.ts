/**
 * The decode worker's protocol, as data and one pure handler, so it is tested without a Worker.
 *
 *   page -> worker  { type: 'decode', id, frame }   frame: VideoFrame or ImageBitmap (transferred), or RGBA pixels
 *   worker -> page  { type: 'ready', engine } once, or { type: 'failed' } when no engine could load
 *   worker -> page  { type: 'result', id, text }    text: string | null; every decode gets exactly one
 *
 * The page keeps one decode in flight. A frame that cannot be read (closed bitmap, engine error) answers
 * null, like a frame without a code: the loop simply tries the next one.
 */
import { createFrameReader, type FrameReader } from './frame-reader';
import type { Pixels } from './pixels';
import type { PixelEngine, PixelEngineName } from './types';

/** What the page grabs from the video and transfers; the worker closes it once read. */
export type GrabbedFrame = VideoFrame | ImageBitmap;
export type WorkerFrame = GrabbedFrame | Pixels;

export type ToWorker = { type: 'decode'; id: number; frame: WorkerFrame };

export type FromWorker =
  | { type: 'ready'; engine: PixelEngineName }
  | { type: 'failed'; reason: string }
  | { type: 'result'; id: number; text: string | null };

export type ResultMessage = Extract<FromWorker, { type: 'result' }>;

export interface WorkerHandlerDeps {
  /** Engines to try in order; the first that loads reads every frame. */
  engines: readonly PixelEngineName[];
  loadEngine(name: PixelEngineName): Promise<PixelEngine>;
  /** Turns a received frame into pixels at the grab size (OffscreenCanvas in the worker). */
  toPixels(frame: WorkerFrame): Pixels | null;
  /** Frees what a frame holds (closes a video frame or bitmap). */
  release(frame: WorkerFrame): void;
}

export interface WorkerHandler {
  /** Loads the first engine that can; answers 'ready' or 'failed'. */
  start(): Promise<FromWorker>;
  /** Answers one message; never throws. */
  handle(message: unknown): Promise<ResultMessage | null>;
}

export function isDecodeMessage(message: unknown): message is ToWorker {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<ToWorker>;
  return m.type === 'decode' && typeof m.id === 'number' && typeof m.frame === 'object' && m.frame !== null;
}

export function createWorkerHandler(deps: WorkerHandlerDeps): WorkerHandler {
  let reader: FrameReader | null = null;
  let started: Promise<FromWorker> | null = null;

  const load = async (): Promise<FromWorker> => {
    const failures: string[] = [];
    for (const name of deps.engines) {
      try {
        reader = createFrameReader(await deps.loadEngine(name));
        return { type: 'ready', engine: name };
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { type: 'failed', reason: failures.join('; ') || 'no engine' };
  };

  return {
    start() {
      started ??= load();
      return started;
    },
    async handle(message) {
      if (!isDecodeMessage(message)) return null;
      const { id, frame } = message;
      try {
        await this.start();
        const pixels = reader ? deps.toPixels(frame) : null;
        return { type: 'result', id, text: pixels && reader ? await reader.read(pixels) : null };
      } catch {
        return { type: 'result', id, text: null };
      } finally {
        deps.release(frame);
      }
    },
  };
}
