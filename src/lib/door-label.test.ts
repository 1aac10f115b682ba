import { describe, expect, it } from 'vitest';
import { doorLabel } from './door-label';

describe('doorLabel', () => {
  it('prefixes a bare name', () => {
    expect(doorLabel('B')).toBe('Door B');
    expect(doorLabel('Garden gate')).toBe('Door Garden gate');
  });

  it('keeps names that already say door', () => {
    expect(doorLabel('Door 3')).toBe('Door 3');
    expect(doorLabel('Main door')).toBe('Main door');
  });
});
