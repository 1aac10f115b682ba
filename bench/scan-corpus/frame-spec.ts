/** What one corpus frame looks like, as data: the generator writes it to the manifest, the bench reads it. */
export const CATEGORIES = [
  'clean',
  'small',
  'large',
  'rotated',
  'perspective',
  'blur',
  'noise',
  'low-contrast',
  'glare',
  'inverted',
  'combined',
] as const;
/** The door corpus (issue 13): what a queue at arm's length gives, several conditions at once. */
export const DOOR_CATEGORIES = [
  'door-small-blur',
  'door-tilt',
  'door-glare-low-contrast',
  'door-arm-length',
  'door-inverted',
] as const;
export type Category = (typeof CATEGORIES)[number] | (typeof DOOR_CATEGORIES)[number];

export const FRAME_SIZES = [
  { width: 640, height: 480 },
  { width: 1280, height: 720 },
] as const;

/** The door corpus adds 1920x1080, to compare the two camera resolutions a phone offers for small codes. */
export const DOOR_FRAME_SIZES = [...FRAME_SIZES, { width: 1920, height: 1080 }] as const;

export interface Glare {
  /** Centre of the spot in symbol coordinates (0..1 across the code, quiet zone excluded). */
  u: number;
  v: number;
  /** Radius as a fraction of the symbol side. */
  radius: number;
  /** Luminance added at the centre of the spot. */
  strength: number;
}

export interface FrameSpec {
  id: string;
  category: Category;
  width: number;
  height: number;
  /** The payload, shaped like a ticket token (base64url, 22-43 characters). */
  text: string;
  /** Side of the QR symbol (quiet zone excluded) as a fraction of the frame's short side. */
  sizeFraction: number;
  /** Centre of the code in pixels. */
  centreX: number;
  centreY: number;
  rotationDeg: number;
  /** How much shorter one edge of the ticket is than the opposite one, as a fraction (tilted ticket). */
  keystone: number;
  keystoneEdge: 0 | 1 | 2 | 3;
  /** Box-blur radius in pixels, applied twice (about a gaussian). */
  blurRadius: number;
  /** Standard deviation of additive sensor noise, in luminance levels. */
  noiseSigma: number;
  /** Luminance of dark modules and of the paper; ink above paper means an inverted code. */
  ink: number;
  paper: number;
  background: number;
  glare: Glare | null;
  /** Seed for the background clutter and the noise of this frame. */
  seed: number;
}
