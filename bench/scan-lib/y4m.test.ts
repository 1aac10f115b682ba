// Tests tests/support/y4m.ts; it lives here because vitest's include covers bench/ but not tests/.
import { mkdtempSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ZXing from '@zxing/library';
import { afterAll, describe, expect, it } from 'vitest';
import { createZxingJsEngine } from '../../src/lib/decoder/zxing-js-engine.ts';
import { writeY4m } from '../../tests/support/y4m.ts';
import { grayToImageData } from '../scan-corpus/test-frame.ts';

const dir = mkdtempSync(join(tmpdir(), 'y4m-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WIDTH = 640;
const HEIGHT = 480;
const HEADER = `YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`;
const FRAME_BYTES = 'FRAME\n'.length + WIDTH * HEIGHT * 1.5;
const TOKEN = 'bT7yQe2xZk9LmW4nRp0sVd6Hc1Jf';

/** The Y plane of frame `index`, read straight from the file as a camera would deliver it. */
function lumaOf(path: string, index: number): Uint8Array {
  const luma = new Uint8Array(WIDTH * HEIGHT);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, luma, 0, luma.length, HEADER.length + index * FRAME_BYTES + 'FRAME\n'.length);
  } finally {
    closeSync(fd);
  }
  return luma;
}

describe('writeY4m', () => {
  const path = join(dir, 'a-blank-b.y4m');
  const written = writeY4m(path, {
    width: WIDTH,
    height: HEIGHT,
    fps: 10,
    frames: [{ qr: TOKEN, seconds: 1 }, { seconds: 0.5 }, { qr: 'second-code', seconds: 0.3 }],
  });

  it('writes the header and one frame per tenth of a second', async () => {
    await written;
    expect(statSync(path).size).toBe(HEADER.length + 18 * FRAME_BYTES);
    const head = new Uint8Array(HEADER.length + 6);
    const fd = openSync(path, 'r');
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    expect(new TextDecoder().decode(head)).toBe(`${HEADER}FRAME\n`);
  });

  it('shows each code so a decoder reads it back, and nothing in blank frames', async () => {
    await written;
    const engine = createZxingJsEngine(ZXing);
    const read = (index: number) => engine.decodePixels(grayToImageData(lumaOf(path, index), WIDTH, HEIGHT));
    await expect(read(0)).resolves.toBe(TOKEN);
    await expect(read(9)).resolves.toBe(TOKEN);
    await expect(read(12)).resolves.toBeNull();
    await expect(read(17)).resolves.toBe('second-code');
  });

  it('refuses odd frame sizes, which 4:2:0 chroma cannot describe', async () => {
    await expect(
      writeY4m(join(dir, 'odd.y4m'), { width: 641, height: 480, fps: 10, frames: [] }),
    ).rejects.toThrow(/even/);
  });
});
