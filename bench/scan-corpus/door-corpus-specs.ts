/**
 * The door corpus (issue 13): codes held at arm's length in a queue. Each scene is drawn once and rendered
 * at 640x480, 1280x720 and 1920x1080 with the code at the same fraction of the short side and the same
 * place, so the two camera resolutions compare pair by pair. Payloads are 22-character tokens, the length
 * the sandbox issues (16 random bytes, base64url).
 */
import { baseline, pickEdge, place, type Recipe } from './corpus-specs.ts';
import { DOOR_CATEGORIES, DOOR_FRAME_SIZES, type FrameSpec } from './frame-spec.ts';
import { createRng, type Rng } from './prng.ts';
import { moduleCount } from './render-frame.ts';

export const DOOR_SCENES_PER_CATEGORY = 16;
type DoorCategory = (typeof DOOR_CATEGORIES)[number];

interface Scene {
  recipe: Recipe;
  /** Box-blur radius at 1280x720 (1 or 2 px: a sigma of about 1.2 or 2 px after the two passes). */
  blur720: number;
  /** Centre as a fraction of the free room left around the code (0..1 in each direction). */
  u: number;
  v: number;
  text: string;
}

/** Every frame of the door corpus, in a stable order (size, category, scene). */
export function doorCorpusSpecs(): FrameSpec[] {
  const rng = createRng(20_261_202);
  const scenes = DOOR_CATEGORIES.map((category) =>
    Array.from({ length: DOOR_SCENES_PER_CATEGORY }, () => scene(category, rng)),
  );
  const seeds = scenes.map((list) => list.map(() => Math.floor(rng.next() * 2 ** 31)));
  return DOOR_FRAME_SIZES.flatMap(({ width, height }) =>
    DOOR_CATEGORIES.flatMap((category, c) =>
      scenes[c]!.map((s, i): FrameSpec => {
        const placed = place(s.recipe, width, height, moduleCount(s.text), rng);
        // `place` shrinks a code that would not fit; the centre comes from the scene, not from `place`.
        const half = halfExtent(placed, width, height, s.text);
        const spanX = width - 2 * half;
        const spanY = height - 2 * half;
        const id = `${width}x${height}-${category}-${String(i).padStart(2, '0')}`;
        return {
          ...placed,
          id,
          category,
          width,
          height,
          text: s.text,
          centreX: (width - spanX) / 2 + s.u * spanX,
          centreY: (height - spanY) / 2 + s.v * spanY,
          blurRadius: blurFor(s.blur720, height),
          seed: seeds[c]![i]!,
        };
      }),
    ),
  );
}

/** Same optics at every size: the blur radius grows with the frame (rounded to whole pixels). */
function blurFor(blur720: number, height: number): number {
  return blur720 === 0 ? 0 : Math.max(1, Math.round((blur720 * height) / 720));
}

/** Half the side of the tilted ticket's bounding square, as `place` computes it. */
function halfExtent(r: Recipe, width: number, height: number, text: string): number {
  const modules = moduleCount(text);
  const theta = (r.rotationDeg * Math.PI) / 180;
  const spread = Math.abs(Math.cos(theta)) + Math.abs(Math.sin(theta));
  return (r.sizeFraction * Math.min(width, height) * ((modules + 8) / modules) * spread) / 2;
}

function scene(category: DoorCategory, rng: Rng): Scene {
  const text = Buffer.from(rng.bytes(16)).toString('base64url');
  const base: Recipe = {
    ...baseline(rng),
    sizeFraction: rng.range(0.12, 0.3),
    rotationDeg: rng.range(-45, 45),
    keystone: rng.range(0, 0.15),
    keystoneEdge: pickEdge(rng),
  };
  const blur720 = 1 + Math.floor(rng.next() * 2);
  const glare = () => ({
    u: rng.range(0.3, 0.7),
    v: rng.range(0.3, 0.7),
    radius: rng.range(0.08, 0.15),
    strength: rng.range(80, 160),
  });
  const low = () => ({
    ink: rng.range(80, 105),
    paper: rng.range(150, 175),
    background: rng.range(100, 140),
  });
  const common = { text, u: rng.next(), v: rng.next() };
  switch (category) {
    case 'door-small-blur':
      return { ...common, recipe: base, blur720 };
    case 'door-tilt':
      return { ...common, recipe: { ...base, keystone: rng.range(0.15, 0.35) }, blur720: 0 };
    case 'door-glare-low-contrast':
      return { ...common, recipe: { ...base, ...low(), glare: glare() }, blur720: 0 };
    case 'door-arm-length':
      return {
        ...common,
        recipe: {
          ...base,
          ...low(),
          keystone: rng.range(0.1, 0.35),
          noiseSigma: rng.range(4, 8),
          glare: rng.next() < 0.5 ? glare() : null,
        },
        blur720,
      };
    case 'door-inverted':
      return { ...common, recipe: { ...base, ink: rng.range(215, 235), paper: rng.range(20, 45) }, blur720 };
  }
}
