import { describe, expect, it } from 'vitest';
import { isRepeatRead } from './debounce';

describe('isRepeatRead', () => {
  const last = { token: 'A', at: 10_000 };

  it('treats the same code within 5 s from the camera as a repeat', () => {
    expect(isRepeatRead(last, 'A', 'camera', 14_999)).toBe(true);
    expect(isRepeatRead(last, 'A', 'camera', 15_000)).toBe(false);
  });

  it('uses 2.5 s for a hardware scanner', () => {
    expect(isRepeatRead(last, 'A', 'wedge', 12_499)).toBe(true);
    expect(isRepeatRead(last, 'A', 'wedge', 12_500)).toBe(false);
  });

  it('always sends a typed code', () => {
    expect(isRepeatRead(last, 'A', 'typed', 10_001)).toBe(false);
  });

  it('sends another code, and the first read', () => {
    expect(isRepeatRead(last, 'B', 'camera', 10_001)).toBe(false);
    expect(isRepeatRead(null, 'A', 'camera', 10_001)).toBe(false);
  });
});
