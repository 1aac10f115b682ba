/**
 * How a frame is read, the same in the decode worker, on the main-thread fallback and in Node tests:
 * every frame at its grab size, and after a miss the next frame sharpened and upscaled (the small-code rescue chosen
 * with `npm run bench:scan`; table in the README). Rescue and plain reads alternate, so a frame with no
 * code never costs both and the rate stays above 10 decodes a second on a 2-core phone.
 */
import { cropAndScale, type Pixels } from './pixels';
import type { PixelEngine } from './types';

/**
 * Frames are grabbed with a long side of at most 1280 px. From a 1920x1080 camera that read 75 of 80
 * door-corpus frames against 72 at full size and 69 at 960 px, at about half the cost of full size.
 */
export const GRAB_MAX_SIDE = 1280;

/** How the rescue pass remakes a missed frame: upscaled towards `maxSide` (by at most 2x), sharpened first. */
export interface RescueOptions {
  maxSide: number;
  /** Unsharp-mask amount applied at the grab size before upscaling; 0 = none. */
  sharpen: number;
}

/**
 * Chosen with `npm run bench:scan` (table in the README): a 2x upscale of every grab (1280 -> 2560,
 * 640 -> 1280) after an unsharp mask of 1 read 229 of 240 door frames against 224 for the earlier 1920 px
 * bilinear rescue (the blurred 1280x720 codes at 4-5 pixels per module need the full 2x; the sharpening
 * gives back the module edges a 1-2 px blur smeared), for about twice the cost per rescue frame.
 */
export const RESCUE: RescueOptions = { maxSide: 2560, sharpen: 1 };
const RESCUE_MAX_SCALE = 2;

/** The factor the rescue pass scales a frame of this size by; 1 means no rescue is worth trying. */
export function rescueScale(width: number, height: number, maxSide = RESCUE.maxSide): number {
  return Math.min(RESCUE_MAX_SCALE, maxSide / Math.max(width, height));
}

/** The frame remade for the rescue pass, or null when it is already as large as the rescue would make it. */
export function rescueFrame(frame: Pixels, options: RescueOptions = RESCUE): Pixels | null {
  const scale = rescueScale(frame.width, frame.height, options.maxSide);
  if (scale <= 1.05) return null;
  const whole = { x: 0, y: 0, width: frame.width, height: frame.height };
  return cropAndScale(frame, whole, scale, options.sharpen);
}

export interface FrameReader {
  /** The first QR text in the frame, or null. Keeps which pass comes next between calls. */
  read(frame: Pixels): Promise<string | null>;
}

/**
 * Alternates the plain and the rescue pass: a plain miss makes the next frame a rescue frame; a rescue
 * frame that reads stays in rescue (the code is still small), one that misses hands back to plain reads.
 */
export function createFrameReader(engine: PixelEngine): FrameReader {
  let rescueNext = false;
  return {
    async read(frame) {
      const upscaled = rescueNext ? rescueFrame(frame) : null;
      if (upscaled) {
        const text = await engine.decodePixels(upscaled);
        rescueNext = text !== null;
        return text;
      }
      const text = await engine.decodePixels(frame);
      rescueNext = text === null;
      return text;
    },
  };
}
