import type { PixelEngineName } from './types';

/**
 * Order when there is no native detector, decided by `npm run bench:scan`: zxing-wasm decoded 99.6% of
 * the corpus against 75.4% for @zxing/browser (which read no noisy frame), so it goes first; @zxing/browser
 * is kept for when the `.wasm` cannot be loaded.
 */
export const ENGINE_ORDER: readonly PixelEngineName[] = ['zxing-wasm', 'zxing-browser'];
