/**
 * Renders one corpus frame from its spec: a cluttered background, the ticket placed through a projective
 * map (rotation and keystone), a glare spot, blur and sensor noise. Output is 8-bit grayscale.
 */
import QRCode from 'qrcode';
import type { FrameSpec } from './frame-spec.ts';
import { createRng, type Rng } from './prng.ts';
import {
  apply,
  boxBlur,
  createGray,
  invert,
  sampleBilinear,
  squareToQuad,
  toBytes,
  type Gray,
  type Point,
} from './raster.ts';

const QUIET_ZONE = 4;
/** Texture resolution of the flat ticket; high enough that bilinear sampling keeps module edges crisp. */
const TEXTURE_PX_PER_MODULE = 6;

export function moduleCount(text: string): number {
  return QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size;
}

/** The frame as 8-bit luminance, row-major. */
export function renderFrame(spec: FrameSpec): Uint8Array {
  const rng = createRng(spec.seed);
  const frame = createGray(spec.width, spec.height);
  paintBackground(frame, spec.background, rng);
  const texture = ticketTexture(spec);
  const corners = ticketCorners(spec, texture.modules);
  paintTicket(frame, texture.image, corners);
  if (spec.glare) paintGlare(frame, spec, corners, texture.modules);
  boxBlur(frame, spec.blurRadius);
  boxBlur(frame, spec.blurRadius);
  for (let i = 0; i < frame.data.length; i++) frame.data[i]! += spec.noiseSigma * rng.gaussian();
  return toBytes(frame);
}

/** A soft gradient plus a few flat boxes, so the detector has edges to reject besides the code. */
function paintBackground(frame: Gray, level: number, rng: Rng): void {
  const { width, height, data } = frame;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      data[y * width + x] = level + 25 * (x / width - 0.5) + 15 * (y / height - 0.5);
  }
  for (let box = 0; box < 4; box++) {
    const x0 = Math.floor(rng.range(0, width));
    const y0 = Math.floor(rng.range(0, height));
    const x1 = Math.min(width, x0 + Math.floor(rng.range(0.05, 0.3) * width));
    const y1 = Math.min(height, y0 + Math.floor(rng.range(0.05, 0.3) * height));
    const shade = level + rng.range(-50, 50);
    for (let y = y0; y < y1; y++) data.fill(shade, y * width + x0, y * width + x1);
  }
}

function ticketTexture(spec: FrameSpec): { image: Gray; modules: number } {
  const matrix = QRCode.create(spec.text, { errorCorrectionLevel: 'M' }).modules;
  const n = matrix.size;
  const side = (n + 2 * QUIET_ZONE) * TEXTURE_PX_PER_MODULE;
  const image = createGray(side, side, spec.paper);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!matrix.get(row, col)) continue;
      const x0 = (col + QUIET_ZONE) * TEXTURE_PX_PER_MODULE;
      const y0 = (row + QUIET_ZONE) * TEXTURE_PX_PER_MODULE;
      for (let y = y0; y < y0 + TEXTURE_PX_PER_MODULE; y++) {
        image.data.fill(spec.ink, y * side + x0, y * side + x0 + TEXTURE_PX_PER_MODULE);
      }
    }
  }
  return { image, modules: n };
}

/** Corners of the ticket (code plus quiet zone) in frame pixels, clockwise from top-left. */
export function ticketCorners(spec: FrameSpec, modules: number): [Point, Point, Point, Point] {
  const symbol = spec.sizeFraction * Math.min(spec.width, spec.height);
  const half = (symbol * (modules + 2 * QUIET_ZONE)) / modules / 2;
  const square: [number, number][] = [
    [-half, -half],
    [half, -half],
    [half, half],
    [-half, half],
  ];
  // Keystone: pull the two corners of one edge towards that edge's midpoint.
  const a = spec.keystoneEdge;
  const b = (a + 1) % 4;
  const [ax, ay] = square[a]!;
  const [bx, by] = square[b]!;
  const pull = spec.keystone / 2;
  square[a] = [ax + (bx - ax) * pull, ay + (by - ay) * pull];
  square[b] = [bx + (ax - bx) * pull, by + (ay - by) * pull];
  const theta = (spec.rotationDeg * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const placed = square.map(([x, y]): Point => [
    spec.centreX + x * cos - y * sin,
    spec.centreY + x * sin + y * cos,
  ]);
  return placed as [Point, Point, Point, Point];
}

function paintTicket(frame: Gray, texture: Gray, corners: [Point, Point, Point, Point]): void {
  const toFrame = squareToQuad(corners);
  const toTicket = invert(toFrame);
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const left = Math.max(0, Math.floor(Math.min(...xs)));
  const right = Math.min(frame.width, Math.ceil(Math.max(...xs)));
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(frame.height, Math.ceil(Math.max(...ys)));
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const [u, v] = apply(toTicket, x + 0.5, y + 0.5);
      if (u < 0 || u > 1 || v < 0 || v > 1) continue;
      frame.data[y * frame.width + x] = sampleBilinear(texture, u * texture.width, v * texture.height);
    }
  }
}

function paintGlare(
  frame: Gray,
  spec: FrameSpec,
  corners: [Point, Point, Point, Point],
  modules: number,
): void {
  const glare = spec.glare!;
  const total = modules + 2 * QUIET_ZONE;
  const toFrame = squareToQuad(corners);
  const [cx, cy] = apply(
    toFrame,
    (QUIET_ZONE + glare.u * modules) / total,
    (QUIET_ZONE + glare.v * modules) / total,
  );
  const radius = glare.radius * spec.sizeFraction * Math.min(spec.width, spec.height);
  const reach = Math.ceil(radius * 3);
  const twoR2 = 2 * radius * radius;
  for (let y = Math.max(0, Math.floor(cy - reach)); y < Math.min(frame.height, cy + reach); y++) {
    for (let x = Math.max(0, Math.floor(cx - reach)); x < Math.min(frame.width, cx + reach); x++) {
      const d2 = (x - cx) ** 2 + (y - cy) ** 2;
      frame.data[y * frame.width + x]! += glare.strength * Math.exp(-d2 / twoR2);
    }
  }
}
