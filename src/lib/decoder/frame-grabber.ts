/** Copies a video (or any image source) frame into ImageData through one reused canvas. */

export type FrameSource = HTMLVideoElement | HTMLCanvasElement | OffscreenCanvas | ImageBitmap;

export interface FrameGrabberOptions {
  /** Scale frames down so their long side is at most this many pixels (no upscaling). */
  maxSide?: number;
}

export interface FrameGrabber {
  /** The current frame's pixels, or null when the source has no frame yet (video still starting). */
  grab(source: FrameSource): ImageData | null;
  /** Shrinks the canvas to nothing so its memory can be reclaimed. */
  release(): void;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export function createFrameGrabber(options: FrameGrabberOptions = {}): FrameGrabber {
  let canvas: HTMLCanvasElement | OffscreenCanvas | undefined;
  let context: Context2D | undefined;

  const contextFor = (width: number, height: number): Context2D => {
    canvas ??=
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(width, height)
        : document.createElement('canvas');
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    // willReadFrequently keeps the canvas in CPU memory: getImageData every frame is the whole point.
    context ??= (canvas.getContext('2d', { willReadFrequently: true }) as Context2D | null) ?? undefined;
    if (!context) throw new Error('2D canvas is not available');
    return context;
  };

  return {
    grab(source) {
      const [width, height] = sourceSize(source);
      if (width === 0 || height === 0) return null;
      const scale = options.maxSide ? Math.min(1, options.maxSide / Math.max(width, height)) : 1;
      const targetWidth = Math.round(width * scale);
      const targetHeight = Math.round(height * scale);
      const ctx = contextFor(targetWidth, targetHeight);
      ctx.drawImage(source, 0, 0, targetWidth, targetHeight);
      return ctx.getImageData(0, 0, targetWidth, targetHeight);
    },
    release() {
      if (canvas) canvas.width = canvas.height = 0;
    },
  };
}

function sourceSize(source: FrameSource): [number, number] {
  if ('videoWidth' in source) {
    return source.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA
      ? [source.videoWidth, source.videoHeight]
      : [0, 0];
  }
  return [source.width, source.height];
}
