/** RGBA to 8-bit luminance, the input every zxing binarizer works on. */
import type { Pixels } from './pixels';

/**
 * Luminance of each pixel (integer BT.601 weights, as zxing uses), written into `out` when it is big
 * enough so a scanning loop does not allocate a new buffer per frame.
 */
export function toLuminance(image: Pixels, out?: Uint8ClampedArray): Uint8ClampedArray {
  const { data, width, height } = image;
  const size = width * height;
  const target = out && out.length === size ? out : new Uint8ClampedArray(size);
  for (let i = 0, p = 0; i < size; i++, p += 4) {
    target[i] = (data[p]! * 306 + data[p + 1]! * 601 + data[p + 2]! * 117 + 512) >> 10;
  }
  return target;
}
