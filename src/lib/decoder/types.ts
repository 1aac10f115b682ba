/** The decoder's public vocabulary, shared by every engine. */
import type { Pixels } from './pixels';

export type EngineName = 'barcode-detector' | 'zxing-wasm' | 'zxing-browser';

/** Engines that need pixels (ImageData) rather than any image source. */
export type PixelEngineName = Exclude<EngineName, 'barcode-detector'>;

/**
 * What `decode` accepts. Pass the live `<video>` when you have it: the native detector reads it without a
 * copy, and the zxing engines grab it into a reused canvas. `ImageData` is for callers that already hold
 * pixels (tests, the bench).
 */
export type DecodeFrame = ImageData | HTMLVideoElement | HTMLCanvasElement | OffscreenCanvas | ImageBitmap;

export interface Decoder {
  /** Which engine answered `createDecoder`; shown in diagnostics and the bench. */
  readonly engine: EngineName;
  /** Text of the first QR code in the frame, or null when there is none (or the video has no frame yet). */
  decode(frame: DecodeFrame): Promise<string | null>;
  /** Frees the engine's scratch buffers; `decode` returns null afterwards. */
  dispose(): void;
}

/** One zxing port, reduced to what the decoder needs: pixels in, first QR text out. */
export interface PixelEngine {
  decodePixels(image: Pixels): Promise<string | null>;
}
