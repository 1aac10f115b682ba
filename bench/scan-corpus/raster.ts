/**
 * Plain grayscale image maths for the corpus: a float buffer per frame, bilinear sampling, box blur and
 * the projective maps used for rotation and perspective. Kept free of canvas so it runs in Node.
 */
export interface Gray {
  width: number;
  height: number;
  /** Row-major luminance, 0 = black, 255 = white; values may leave that range until `toBytes`. */
  data: Float32Array;
}

export function createGray(width: number, height: number, fill = 0): Gray {
  return { width, height, data: new Float32Array(width * height).fill(fill) };
}

/** Bilinear sample at (x, y) in pixel-centre coordinates, clamping at the border. */
export function sampleBilinear(image: Gray, x: number, y: number): number {
  const { width, height, data } = image;
  const fx = Math.min(Math.max(x - 0.5, 0), width - 1);
  const fy = Math.min(Math.max(y - 0.5, 0), height - 1);
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const x1 = Math.min(x0 + 1, width - 1);
  const y1 = Math.min(y0 + 1, height - 1);
  const tx = fx - x0;
  const ty = fy - y0;
  const top = data[y0 * width + x0]! * (1 - tx) + data[y0 * width + x1]! * tx;
  const bottom = data[y1 * width + x0]! * (1 - tx) + data[y1 * width + x1]! * tx;
  return top * (1 - ty) + bottom * ty;
}

/** One horizontal then one vertical running-sum box blur; applied twice it approximates a gaussian. */
export function boxBlur(image: Gray, radius: number): void {
  if (radius < 1) return;
  blurLines(image.data, image.width, image.height, 1, image.width, radius);
  blurLines(image.data, image.height, image.width, image.width, 1, radius);
}

function blurLines(
  data: Float32Array,
  length: number,
  lines: number,
  step: number,
  lineStep: number,
  r: number,
) {
  const line = new Float32Array(length);
  const window = 2 * r + 1;
  for (let l = 0; l < lines; l++) {
    const base = l * lineStep;
    for (let i = 0; i < length; i++) line[i] = data[base + i * step]!;
    let sum = 0;
    for (let i = -r; i <= r; i++) sum += line[clamp(i, length)]!;
    for (let i = 0; i < length; i++) {
      data[base + i * step] = sum / window;
      sum += line[clamp(i + r + 1, length)]! - line[clamp(i - r, length)]!;
    }
  }
}

function clamp(index: number, length: number): number {
  return index < 0 ? 0 : index >= length ? length - 1 : index;
}

/** Rounds and clips to bytes, the form a camera frame arrives in. */
export function toBytes(image: Gray): Uint8Array {
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(255, Math.max(0, Math.round(image.data[i]!)));
  return out;
}

export type Point = readonly [number, number];
/** 3x3 projective matrix, row-major. */
export type Homography = readonly number[];

/** The projective map taking the unit square (0,0),(1,0),(1,1),(0,1) onto the quad p0..p3 (Heckbert). */
export function squareToQuad([p0, p1, p2, p3]: readonly [Point, Point, Point, Point]): Homography {
  const [x0, y0] = p0;
  const [x1, y1] = p1;
  const [x2, y2] = p2;
  const [x3, y3] = p3;
  const sx = x0 - x1 + x2 - x3;
  const sy = y0 - y1 + y2 - y3;
  const dx1 = x1 - x2;
  const dx2 = x3 - x2;
  const dy1 = y1 - y2;
  const dy2 = y3 - y2;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / det;
  const h = (dx1 * sy - sx * dy1) / det;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

/** Inverse through the adjugate; scale does not matter for a homography. */
export function invert(m: Homography): Homography {
  const [a, b, c, d, e, f, g, h, i] = m as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return [
    e * i - f * h,
    c * h - b * i,
    b * f - c * e,
    f * g - d * i,
    a * i - c * g,
    c * d - a * f,
    d * h - e * g,
    b * g - a * h,
    a * e - b * d,
  ];
}

export function apply(m: Homography, x: number, y: number): Point {
  const w = m[6]! * x + m[7]! * y + m[8]!;
  return [(m[0]! * x + m[1]! * y + m[2]!) / w, (m[3]! * x + m[4]! * y + m[5]!) / w];
}
