/** What the Node side of the decode bench and the bench page in Chromium exchange. */
import type { ReaderOptions } from 'zxing-wasm/reader';
import type { RescueOptions } from '../../src/lib/decoder/frame-reader.ts';
import type { ZxingJsOptions } from '../../src/lib/decoder/zxing-js-engine.ts';

export interface BenchVariant {
  label: string;
  engine: 'zxing-wasm' | 'zxing-browser';
  wasmOptions?: ReaderOptions;
  jsOptions?: ZxingJsOptions;
  /**
   * When set, each frame is drawn on a canvas first and the timed step is the app's real path: the frame
   * grabber (optionally downscaling to this long side; 0 = full size) followed by the decode.
   */
  grabMaxSide?: number;
  /**
   * After a miss, also read the frame remade as the app's rescue pass does (counted as read if either
   * reads): `true` for the shipped rescue, or other options to compare it with.
   */
  rescue?: boolean | RescueOptions;
}

export interface BenchFrame {
  id: string;
  file: string;
  width: number;
  height: number;
  text: string;
}

export interface FrameOutcome {
  id: string;
  decoded: boolean;
  /** A text was read that is not the frame's payload. */
  falseRead: boolean;
  /** Time of the plain pass (grab and decode when grabbing). */
  ms: number;
  /** Time of the rescue pass (upscale and decode), when it ran. */
  rescueMs?: number;
  /** Read by the rescue pass only. */
  rescued?: boolean;
}

export interface PublicApiCheck {
  engine: string;
  /** What `decode(canvas)` returned for the frame. */
  text: string | null;
}

export interface ScanBenchPageApi {
  nativeDetector(): Promise<'available' | 'unavailable'>;
  /** `createDecoder()` as the app calls it, then one decode of `frame` drawn on a canvas. */
  publicApi(frame: BenchFrame): Promise<PublicApiCheck>;
  run(variant: BenchVariant, frames: BenchFrame[]): Promise<FrameOutcome[]>;
}

export const PAGE_GLOBAL = 'scanBench';
