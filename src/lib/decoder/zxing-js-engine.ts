/**
 * The @zxing/library engine (the decoding core of @zxing/browser): one frame at a time, never the camera.
 * The library is passed in so the same code runs with the bundler's ES module in the browser and with the
 * CommonJS default export in Node tests.
 */
import type * as ZXingLibrary from '@zxing/library';
import { toLuminance } from './luminance';
import type { PixelEngine } from './types';

export type ZXingLibraryModule = typeof ZXingLibrary;

export interface ZxingJsOptions {
  /** Scan every row for finder patterns instead of skipping; slower, finds smaller codes. */
  tryHarder: boolean;
  /** Retry with inverted luminance when nothing was found (light-on-dark codes). */
  tryInvert: boolean;
}

/**
 * Chosen with `npm run bench:scan`: tryHarder decoded no extra corpus frame and its timings were within
 * run-to-run noise, so the cheaper setting; the inverted retry is what reads light-on-dark codes.
 */
export const ZXING_JS_OPTIONS: ZxingJsOptions = { tryHarder: false, tryInvert: true };

export function createZxingJsEngine(lib: ZXingLibraryModule, options = ZXING_JS_OPTIONS): PixelEngine {
  const reader = new lib.QRCodeReader();
  const hints = new Map<ZXingLibrary.DecodeHintType, unknown>([
    [lib.DecodeHintType.TRY_HARDER, options.tryHarder],
  ]);
  let luminance: Uint8ClampedArray | undefined;

  const attempt = (source: ZXingLibrary.LuminanceSource): string | null => {
    try {
      return reader.decode(new lib.BinaryBitmap(new lib.HybridBinarizer(source)), hints).getText();
    } catch (error) {
      // NotFound, Checksum and Format exceptions all mean "no readable code in this frame".
      if (error instanceof lib.Exception) return null;
      throw error;
    } finally {
      reader.reset();
    }
  };

  return {
    decodePixels(image) {
      luminance = toLuminance(image, luminance);
      const source = new lib.RGBLuminanceSource(
        luminance,
        image.width,
        image.height,
        image.width,
        image.height,
        0,
        0,
      );
      const text = attempt(source) ?? (options.tryInvert ? attempt(source.invert()) : null);
      return Promise.resolve(text);
    },
  };
}
