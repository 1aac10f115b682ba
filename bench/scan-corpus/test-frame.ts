/**
 * Single generated camera frames for unit tests: the corpus renderer with mild, fixed distortions, returned
 * as RGBA ImageData-shaped objects (Node has no ImageData class).
 */
import type { FrameSpec } from './frame-spec.ts';
import { renderFrame } from './render-frame.ts';

export interface TestFrameOptions {
  text?: string;
  width?: number;
  height?: number;
  /** Light modules on dark paper. */
  inverted?: boolean;
  rotationDeg?: number;
}

/** A frame holding one QR code, or an empty scene when `text` is omitted. */
export function testFrame(options: TestFrameOptions = {}): ImageData {
  const { text, width = 640, height = 480, inverted = false, rotationDeg = 8 } = options;
  const spec: FrameSpec = {
    id: 'test',
    category: 'clean',
    width,
    height,
    text: text ?? 'unused',
    sizeFraction: 0.4,
    centreX: width / 2,
    centreY: height / 2,
    rotationDeg,
    keystone: 0.05,
    keystoneEdge: 1,
    blurRadius: 0,
    noiseSigma: 3,
    ink: inverted ? 225 : 30,
    paper: inverted ? 30 : 220,
    background: 110,
    glare: null,
    seed: 7,
  };
  // A blank frame is the same scene with the ticket pushed out of view.
  const gray = renderFrame(text === undefined ? { ...spec, centreX: -width * 10 } : spec);
  return grayToImageData(gray, width, height);
}

/** Expands 8-bit luminance to opaque RGBA, the layout canvases and cameras deliver. */
export function grayToImageData(gray: Uint8Array, width: number, height: number): ImageData {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < gray.length; i++) {
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = gray[i]!;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height, colorSpace: 'srgb' } as ImageData;
}
