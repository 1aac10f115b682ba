import { describe, expect, it } from 'vitest';
import { applyUrlChanges, oneOf, pageFrom } from './url-state';

describe('list state in the URL', () => {
  it('sets, replaces and removes parameters, in a stable order', () => {
    expect(applyUrlChanges('', { q: 'smith', page: 3 })).toBe('?page=3&q=smith');
    expect(applyUrlChanges('?page=3&q=smith', { page: null })).toBe('?q=smith');
    expect(applyUrlChanges('?q=smith', { q: '' })).toBe('');
    expect(applyUrlChanges('?status=Paid', { q: 'a b&c' })).toBe('?q=a+b%26c&status=Paid');
  });

  it('reads a page as a positive whole number, else the first page', () => {
    expect(pageFrom('3')).toBe(3);
    for (const bad of [null, '', '0', '-2', '1.5', 'two']) expect(pageFrom(bad)).toBe(1);
  });

  it('accepts only the values a list knows', () => {
    expect(oneOf('Paid', ['Paid', 'Cancelled'])).toBe('Paid');
    expect(oneOf('paid', ['Paid', 'Cancelled'])).toBeNull();
    expect(oneOf(null, ['Paid'])).toBeNull();
  });
});
