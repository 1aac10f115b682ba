import { describe, expect, it } from 'vitest';
import { cropAndScale, type Pixels } from './pixels';

/** A gray RGBA image from rows of levels. */
function gray(rows: number[][]): Pixels {
  const height = rows.length;
  const width = rows[0]!.length;
  const data = new Uint8ClampedArray(width * height * 4);
  rows.flat().forEach((level, i) => {
    data.set([level, level, level, 255], i * 4);
  });
  return { data, width, height };
}

const levels = (image: Pixels) =>
  Array.from({ length: image.height }, (_, y) =>
    Array.from({ length: image.width }, (_, x) => image.data[(y * image.width + x) * 4]!),
  );
const whole = (image: Pixels) => ({ x: 0, y: 0, width: image.width, height: image.height });

describe('cropAndScale', () => {
  const edge = gray(Array.from({ length: 4 }, () => [60, 60, 60, 180, 180, 180]));

  it('keeps a gray frame as it is at scale 1, opaque', () => {
    const same = cropAndScale(edge, whole(edge), 1);
    expect(levels(same)).toEqual(levels(edge));
    expect([...same.data].filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
  });

  it('doubles the size and interpolates between levels', () => {
    const up = cropAndScale(edge, whole(edge), 2);
    expect([up.width, up.height]).toEqual([12, 8]);
    const row = levels(up)[3]!;
    expect(row.slice(0, 5)).toEqual([60, 60, 60, 60, 60]);
    expect(row[5]).toBeGreaterThan(60);
    expect(row[6]).toBeLessThan(180);
    expect(row.slice(7)).toEqual([180, 180, 180, 180, 180]);
  });

  it('sharpened, pushes the two sides of a soft edge apart and leaves flat areas alone', () => {
    const soft = gray(Array.from({ length: 4 }, () => [60, 60, 100, 140, 180, 180]));
    const plain = levels(cropAndScale(soft, whole(soft), 1))[1]!;
    const sharp = levels(cropAndScale(soft, whole(soft), 1, 1))[1]!;
    expect(sharp[0]).toBe(plain[0]);
    expect(sharp[5]).toBe(plain[5]);
    expect(sharp[1]).toBeLessThan(plain[1]!);
    expect(sharp[4]).toBeGreaterThan(plain[4]!);
  });

  it('reads only the crop', () => {
    const crop = cropAndScale(edge, { x: 3, y: 1, width: 3, height: 2 }, 1);
    expect(levels(crop)).toEqual([
      [180, 180, 180],
      [180, 180, 180],
    ]);
  });
});
