import { describe, expect, it } from 'vitest';
import { textOrNull, wholeNumberIn } from './form-text';

describe('reading typed form text', () => {
  it('sends an empty or blank optional text as none', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull('VIP entrance')).toBe('VIP entrance');
  });

  it('reads whole numbers and nothing else', () => {
    expect(wholeNumberIn('500')).toBe(500);
    expect(wholeNumberIn('')).toBeNull();
    expect(wholeNumberIn('12.5')).toBeNull();
    expect(wholeNumberIn('many')).toBeNull();
  });
});
