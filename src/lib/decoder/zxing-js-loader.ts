/** Loads the @zxing/library engine in the browser; imported only on demand (about 120 KB gzipped). */
import * as ZXing from '@zxing/library';
import { createZxingJsEngine, type ZxingJsOptions } from './zxing-js-engine';
import type { PixelEngine } from './types';

export function loadZxingJsEngine(options?: ZxingJsOptions): Promise<PixelEngine> {
  return Promise.resolve(createZxingJsEngine(ZXing, options));
}
