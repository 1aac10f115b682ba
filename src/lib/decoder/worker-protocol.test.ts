import { describe, expect, it, vi } from 'vitest';
import type { Pixels } from './pixels';
import type { PixelEngine } from './types';
import { createWorkerHandler, type WorkerFrame, type WorkerHandlerDeps } from './worker-protocol';

const frame = (width = 640, height = 480): Pixels => ({
  data: new Uint8ClampedArray(width * height * 4),
  width,
  height,
});

/** An engine that reads `text` from frames of the given widths (the rescue pass upscales, so widths tell passes apart). */
function engine(read: (pixels: Pixels) => string | null): PixelEngine & { seen: number[] } {
  const seen: number[] = [];
  return {
    seen,
    decodePixels: (pixels) => {
      seen.push(pixels.width);
      return Promise.resolve(read(pixels));
    },
  };
}

function handlerWith(overrides: Partial<WorkerHandlerDeps> & { engine?: PixelEngine } = {}) {
  const release = vi.fn();
  const deps: WorkerHandlerDeps = {
    engines: ['zxing-wasm', 'zxing-browser'],
    loadEngine: () => Promise.resolve(overrides.engine ?? engine(() => 'ticket-token')),
    toPixels: (f: WorkerFrame) => ('close' in f ? null : f),
    release,
    ...overrides,
  };
  return { handler: createWorkerHandler(deps), release };
}

describe('the decode worker protocol', () => {
  it('answers the text read from a frame, under the id it was sent with', async () => {
    const { handler } = handlerWith();
    await expect(handler.start()).resolves.toEqual({ type: 'ready', engine: 'zxing-wasm' });
    await expect(handler.handle({ type: 'decode', id: 7, frame: frame() })).resolves.toEqual({
      type: 'result',
      id: 7,
      text: 'ticket-token',
    });
  });

  it('answers null for a frame without a code', async () => {
    const { handler } = handlerWith({ engine: engine(() => null) });
    await expect(handler.handle({ type: 'decode', id: 1, frame: frame() })).resolves.toMatchObject({
      text: null,
    });
  });

  it('turns an engine error or an unreadable frame into null, and keeps answering', async () => {
    let calls = 0;
    const flaky: PixelEngine = {
      decodePixels: () => (++calls === 1 ? Promise.reject(new Error('wasm trap')) : Promise.resolve('next')),
    };
    const { handler } = handlerWith({
      engine: flaky,
      toPixels: (f) => {
        if ('close' in f) return null;
        if (f.width === 1) throw new Error('detached bitmap');
        return f;
      },
    });
    await expect(handler.handle({ type: 'decode', id: 1, frame: frame() })).resolves.toMatchObject({
      text: null,
    });
    await expect(handler.handle({ type: 'decode', id: 2, frame: frame(1, 1) })).resolves.toMatchObject({
      id: 2,
      text: null,
    });
    await expect(handler.handle({ type: 'decode', id: 3, frame: frame() })).resolves.toMatchObject({
      text: 'next',
    });
  });

  it('releases every frame it was given, read or not, so no bitmap outlives its decode', async () => {
    const { handler, release } = handlerWith({ engine: engine(() => null) });
    const frames = [frame(), frame(), frame()];
    for (const [id, f] of frames.entries()) await handler.handle({ type: 'decode', id, frame: f });
    expect(release.mock.calls.map(([f]) => f)).toEqual(frames);
  });

  it('ignores messages that are not decode requests', async () => {
    const { handler } = handlerWith();
    for (const message of [null, 'decode', { type: 'decode' }, { type: 'other', id: 1, frame: frame() }])
      await expect(handler.handle(message)).resolves.toBeNull();
  });

  it('loads the fallback engine when the first cannot load, and says so when none can', async () => {
    const fallback = handlerWith({
      loadEngine: (name) =>
        name === 'zxing-wasm'
          ? Promise.reject(new Error('wasm blocked'))
          : Promise.resolve(engine(() => 'js')),
    });
    await expect(fallback.handler.start()).resolves.toEqual({ type: 'ready', engine: 'zxing-browser' });
    await expect(fallback.handler.handle({ type: 'decode', id: 1, frame: frame() })).resolves.toMatchObject({
      text: 'js',
    });

    const none = handlerWith({ loadEngine: () => Promise.reject(new Error('offline')) });
    await expect(none.handler.start()).resolves.toMatchObject({ type: 'failed' });
    await expect(none.handler.handle({ type: 'decode', id: 1, frame: frame() })).resolves.toMatchObject({
      text: null,
    });
  });

  it('reads the frame after a miss upscaled (the small-code rescue), then goes back to plain frames', async () => {
    const reads = engine((pixels) => (pixels.width === 1280 ? 'small-code' : null));
    const { handler } = handlerWith({ engine: reads });
    const texts = [];
    for (let id = 0; id < 4; id++)
      texts.push((await handler.handle({ type: 'decode', id, frame: frame() }))?.text);
    // plain miss, rescue read, rescue again while it reads, and the code is still small
    expect(reads.seen).toEqual([640, 1280, 1280, 1280]);
    expect(texts).toEqual([null, 'small-code', 'small-code', 'small-code']);

    const blank = engine(() => null);
    const empty = handlerWith({ engine: blank }).handler;
    for (let id = 0; id < 4; id++) await empty.handle({ type: 'decode', id, frame: frame() });
    // With nothing in view, plain and rescue passes alternate: never both on one frame.
    expect(blank.seen).toEqual([640, 1280, 640, 1280]);
  });
});
