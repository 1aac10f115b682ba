/**
 * Pure pixel work for the small-code rescue, in plain JavaScript so the worker and Node tests run the same
 * code: a bilinear crop-and-scale (optionally sharpened first) and a contrast stretch, both on RGBA frames
 * (canvas layout).
 */

/** ImageData's shape without the DOM class (Node has none; workers and pages accept it as is). */
export interface Pixels {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

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
 * With `sharpen` > 0 the gray levels are first pushed away from their 3x3 mean by that factor (an unsharp
 * mask), which restores some of the edge a 1-2 px blur took off a small module.
 */
export function cropAndScale(image: Pixels, rect: Rect, scale: number, sharpen = 0): Pixels {
  const width = Math.max(1, Math.round(rect.width * scale));
  const height = Math.max(1, Math.round(rect.height * scale));
  const luma = luminanceOf(image, rect);
  if (sharpen > 0) unsharpMask(luma, rect.width, rect.height, sharpen);
  const out = new Uint8ClampedArray(width * height * 4);
  // One 32-bit write a pixel (gray in R, G and B, opaque alpha) instead of four clamped byte writes.
  const words = new Uint32Array(out.buffer);
  const gray = littleEndian ? 0x00010101 : 0x01010100;
  const alpha = littleEndian ? 0xff000000 : 0x000000ff;
  const stride = rect.width;
  // Source columns and weights depend only on x: computed once, not once per row.
  const left = new Int32Array(width);
  const right = new Int32Array(width);
  const weight = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const sx = Math.min(Math.max((x + 0.5) / scale - 0.5, 0), rect.width - 1);
    left[x] = Math.floor(sx);
    right[x] = Math.min(left[x]! + 1, rect.width - 1);
    weight[x] = sx - left[x]!;
  }
  for (let y = 0; y < height; y++) {
    const sy = Math.min(Math.max((y + 0.5) / scale - 0.5, 0), rect.height - 1);
    const top = Math.floor(sy) * stride;
    const bottom = Math.min(Math.floor(sy) + 1, rect.height - 1) * stride;
    const ty = sy - Math.floor(sy);
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const x0 = left[x]!;
      const x1 = right[x]!;
      const tx = weight[x]!;
      const upper = luma[top + x0]! + (luma[top + x1]! - luma[top + x0]!) * tx;
      const lower = luma[bottom + x0]! + (luma[bottom + x1]! - luma[bottom + x0]!) * tx;
      words[row + x] = (((upper + (lower - upper) * ty + 0.5) | 0) * gray + alpha) >>> 0;
    }
  }
  return { data: out, width, height };
}

/** In place: each level moved `amount` times its distance from the 3x3 mean (edges clamped). */
function unsharpMask(luma: Uint8ClampedArray, width: number, height: number, amount: number): void {
  // Row sums of three first (at most 765), then the column of three row sums: 2 adds a pixel, not 9.
  const rows = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const i = row + x;
      rows[i] = luma[x > 0 ? i - 1 : i]! + luma[i]! + luma[x < width - 1 ? i + 1 : i]!;
    }
  }
  for (let y = 0; y < height; y++) {
    const up = (y > 0 ? y - 1 : y) * width;
    const row = y * width;
    const down = (y < height - 1 ? y + 1 : y) * width;
    for (let x = 0; x < width; x++) {
      const mean = (rows[up + x]! + rows[row + x]! + rows[down + x]!) / 9;
      const level = luma[row + x]!;
      luma[row + x] = level + amount * (level - mean);
    }
  }
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
