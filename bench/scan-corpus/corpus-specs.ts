/**
 * The corpus recipe: 12 frames per distortion category at each of two frame sizes (264 frames). Every
 * frame starts from what a hand-held ticket looks like (a little tilt, a little noise, code 15-70% of the
 * short side) and then pushes one distortion; `combined` pushes several moderately at once.
 */
import { CATEGORIES, FRAME_SIZES, type FrameSpec } from './frame-spec.ts';
import { createRng, type Rng } from './prng.ts';
import { moduleCount } from './render-frame.ts';

export const FRAMES_PER_CATEGORY = 12;
const QUIET_ZONE = 4;

export type Recipe = Omit<
  FrameSpec,
  'id' | 'category' | 'width' | 'height' | 'text' | 'centreX' | 'centreY' | 'seed'
>;

/** Every frame of the corpus, in a stable order. */
export function corpusSpecs(): FrameSpec[] {
  const rng = createRng(20_251_126);
  const specs: FrameSpec[] = [];
  for (const { width, height } of FRAME_SIZES) {
    for (const category of CATEGORIES) {
      for (let i = 0; i < FRAMES_PER_CATEGORY; i++) {
        const text = ticketToken(rng);
        const recipe = distort(category, baseline(rng), rng);
        const placed = place(recipe, width, height, moduleCount(text), rng);
        const id = `${width}x${height}-${category}-${String(i).padStart(2, '0')}`;
        specs.push({ id, category, width, height, text, ...placed, seed: Math.floor(rng.next() * 2 ** 31) });
      }
    }
  }
  return specs;
}

/** base64url of 16-32 random bytes: 22-43 characters, like the platform's ticket tokens. */
function ticketToken(rng: Rng): string {
  return Buffer.from(rng.bytes(16 + Math.floor(rng.next() * 17))).toString('base64url');
}

export function baseline(rng: Rng): Recipe {
  return {
    sizeFraction: rng.range(0.15, 0.7),
    rotationDeg: rng.range(-10, 10),
    keystone: rng.range(0, 0.05),
    keystoneEdge: pickEdge(rng),
    blurRadius: 0,
    noiseSigma: rng.range(2, 4),
    ink: rng.range(20, 40),
    paper: rng.range(200, 235),
    background: rng.range(60, 160),
    glare: null,
  };
}

function distort(category: (typeof CATEGORIES)[number], r: Recipe, rng: Rng): Recipe {
  switch (category) {
    case 'clean':
      return r;
    case 'small':
      return { ...r, sizeFraction: rng.range(0.15, 0.22) };
    case 'large':
      return { ...r, sizeFraction: rng.range(0.55, 0.7) };
    case 'rotated':
      return { ...r, rotationDeg: rng.range(15, 45) * (rng.next() < 0.5 ? -1 : 1) };
    case 'perspective':
      return { ...r, keystone: rng.range(0.1, 0.3) };
    case 'blur':
      // Blur is set in modules, not pixels: what matters is how much of a module smears into the next.
      return { ...r, sizeFraction: rng.range(0.2, 0.7), blurRadius: rng.range(0.2, 0.4) };
    case 'noise':
      return { ...r, noiseSigma: rng.range(8, 20) };
    case 'low-contrast':
      return { ...r, ink: rng.range(90, 110), paper: rng.range(150, 170), background: rng.range(100, 140) };
    case 'glare':
      return {
        ...r,
        glare: {
          u: rng.range(0.35, 0.75),
          v: rng.range(0.35, 0.75),
          radius: rng.range(0.08, 0.15),
          strength: rng.range(100, 200),
        },
      };
    case 'inverted':
      return { ...r, ink: rng.range(215, 235), paper: rng.range(20, 45) };
    case 'combined':
      return {
        ...r,
        rotationDeg: rng.range(-30, 30),
        keystone: rng.range(0.05, 0.15),
        blurRadius: rng.range(0.15, 0.25),
        noiseSigma: rng.range(6, 10),
        ink: rng.range(50, 70),
        paper: rng.range(170, 200),
      };
  }
}

/** Shrinks the code until the tilted ticket fits in the frame, then picks a centre that keeps it inside. */
export function place(r: Recipe, width: number, height: number, modules: number, rng: Rng) {
  const short = Math.min(width, height);
  const spread =
    Math.abs(Math.cos((r.rotationDeg * Math.PI) / 180)) + Math.abs(Math.sin((r.rotationDeg * Math.PI) / 180));
  const ticketPerSymbol = (modules + 2 * QUIET_ZONE) / modules;
  const sizeFraction = Math.min(r.sizeFraction, 0.96 / (ticketPerSymbol * spread));
  const half = (sizeFraction * short * ticketPerSymbol * spread) / 2;
  const modulePx = (sizeFraction * short) / modules;
  // Blur radius was given in modules; at least one pixel whenever blur was asked for.
  const blurRadius = r.blurRadius > 0 ? Math.max(1, Math.round(r.blurRadius * modulePx)) : 0;
  return {
    ...r,
    sizeFraction,
    blurRadius,
    centreX: rng.range(half, width - half),
    centreY: rng.range(half, height - half),
  };
}

export function pickEdge(rng: Rng): 0 | 1 | 2 | 3 {
  return Math.floor(rng.next() * 4) as 0 | 1 | 2 | 3;
}
