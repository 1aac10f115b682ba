/**
 * Writes Y4M videos for Chromium's fake camera (`--use-file-for-fake-video-capture=<file>.y4m`): each
 * segment shows one centred QR code, or nothing, for some seconds. Chromium loops the file from frame 0.
 * Frames are streamed to disk because a few seconds of 640x480@10fps are already tens of megabytes.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import QRCode from 'qrcode';

export interface Y4mSegment {
  /** Text of the QR code to show; omit for a blank frame (which makes the next code a fresh read). */
  qr?: string;
  seconds: number;
}

export interface Y4mOptions {
  width: number;
  height: number;
  fps: number;
  frames: Y4mSegment[];
}

/** Luminance levels in video range, as a camera encodes them. */
const BLACK = 16;
const WHITE = 235;
const BACKGROUND = 200;
const QUIET_ZONE = 4;
/** The code with its quiet zone spans about this share of the frame's short side. */
const CODE_SHARE = 0.6;

/** Writes the video to `path` and resolves once it is on disk. */
export async function writeY4m(path: string, options: Y4mOptions): Promise<void> {
  const { width, height, fps, frames } = options;
  if (width % 2 || height % 2) throw new Error('Y4M 4:2:0 needs an even width and height');
  const out = createWriteStream(path);
  const write = async (chunk: Uint8Array | string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
  try {
    await write(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const segment of frames) {
      const luma = segment.qr === undefined ? blankPlane(width, height) : qrPlane(segment.qr, width, height);
      for (let i = 0; i < frameCount(segment.seconds, fps); i++) {
        await write('FRAME\n');
        await write(luma);
        await write(chroma);
      }
    }
  } finally {
    out.end();
  }
  await finished(out);
}

/** Frames a segment occupies; at least one, so a short segment is never silently dropped. */
export function frameCount(seconds: number, fps: number): number {
  return Math.max(1, Math.round(seconds * fps));
}

function blankPlane(width: number, height: number): Uint8Array {
  return new Uint8Array(width * height).fill(BACKGROUND);
}

function qrPlane(text: string, width: number, height: number): Uint8Array {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const span = modules.size + 2 * QUIET_ZONE;
  // Whole pixels per module keep every edge sharp; tiny modules would blur into the chroma subsampling.
  const modulePx = Math.max(1, Math.floor((CODE_SHARE * Math.min(width, height)) / span));
  const side = span * modulePx;
  if (side > width || side > height)
    throw new Error(`QR code for ${text.length} characters does not fit ${width}x${height}`);
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const plane = blankPlane(width, height);
  for (let y = 0; y < side; y++) {
    const row = Math.floor(y / modulePx) - QUIET_ZONE;
    for (let x = 0; x < side; x++) {
      const col = Math.floor(x / modulePx) - QUIET_ZONE;
      const inSymbol = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
      plane[(top + y) * width + left + x] = inSymbol && modules.get(row, col) ? BLACK : WHITE;
    }
  }
  return plane;
}
