/**
 * Pure pixel work for the small-code rescue, in plain JavaScript so the worker and Node tests run the same
 * code: a bilinear crop-and-scale and a contrast stretch, both on RGBA frames (canvas layout).
 */

/** ImageData's shape without the DOM class (Node has none; workers and pages accept it as is). */
export interface Pixels {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangle clipped to the frame and rounded to whole pixels; null when nothing is left. */
export function clipRect(rect: Rect, width: number, height: number): Rect | null {
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(height, Math.ceil(rect.y + rect.height));
  return x1 - x0 < 8 || y1 - y0 < 8 ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * `rect` of `image` scaled by `scale` with bilinear interpolation, as gray RGBA. Upscaling gives the
 * binarizer more than 2-3 pixels per module to threshold; interpolating smooths the noise on the way.
 */
export function cropAndScale(image: Pixels, rect: Rect, scale: number): Pixels {
  const width = Math.max(1, Math.round(rect.width * scale));
  const height = Math.max(1, Math.round(rect.height * scale));
  const luma = luminanceOf(image, rect);
  const out = new Uint8ClampedArray(width * height * 4);
  const maxX = rect.width - 1;
  const maxY = rect.height - 1;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(Math.max((y + 0.5) / scale - 0.5, 0), maxY);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, maxY);
    const ty = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(Math.max((x + 0.5) / scale - 0.5, 0), maxX);
      const x0 = Math.floor(sx);
      const x1 = Math.min(x0 + 1, maxX);
      const tx = sx - x0;
      const top = luma[y0 * rect.width + x0]! * (1 - tx) + luma[y0 * rect.width + x1]! * tx;
      const bottom = luma[y1 * rect.width + x0]! * (1 - tx) + luma[y1 * rect.width + x1]! * tx;
      const p = (y * width + x) * 4;
      out[p] = out[p + 1] = out[p + 2] = top * (1 - ty) + bottom * ty;
      out[p + 3] = 255;
    }
  }
  return { data: out, width, height };
}

/** Luminance of `rect` (BT.601 integer weights, as zxing uses), one byte per pixel. */
function luminanceOf(image: Pixels, rect: Rect): Uint8ClampedArray {
  const luma = new Uint8ClampedArray(rect.width * rect.height);
  const { data, width } = image;
  for (let y = 0; y < rect.height; y++) {
    let p = ((rect.y + y) * width + rect.x) * 4;
    for (let x = 0; x < rect.width; x++, p += 4)
      luma[y * rect.width + x] = (data[p]! * 306 + data[p + 1]! * 601 + data[p + 2]! * 117 + 512) >> 10;
  }
  return luma;
}

/**
 * Stretches the gray levels so the 2nd and 98th percentiles become black and white: a washed-out code
 * under glare or dim light gets the full range back. Works in place on a gray RGBA frame.
 */
export function stretchContrast(image: Pixels): Pixels {
  const { data } = image;
  const histogram = new Uint32Array(256);
  for (let p = 0; p < data.length; p += 4) histogram[data[p]!]!++;
  const total = data.length / 4;
  const low = level(histogram, total * 0.02);
  const high = level(histogram, total * 0.98);
  if (high - low < 8) return image;
  const gain = 255 / (high - low);
  for (let p = 0; p < data.length; p += 4) data[p] = data[p + 1] = data[p + 2] = (data[p]! - low) * gain;
  return image;
}

function level(histogram: Uint32Array, count: number): number {
  let seen = 0;
  for (let value = 0; value < 256; value++) {
    seen += histogram[value]!;
    if (seen >= count) return value;
  }
  return 255;
}
