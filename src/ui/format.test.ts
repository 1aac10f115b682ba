import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../lib/i18n';
import { formatTypedDateTime } from './format';

afterEach(() => loadLanguage('en'));

describe('a typed date and time said back in the app’s language', () => {
  it('writes the wall-clock time as typed, with no zone applied', async () => {
    await loadLanguage('en');
    expect(formatTypedDateTime('2026-12-03T19:00')).toBe('Thursday, 3 December 2026 at 19:00');
    await loadLanguage('de');
    expect(formatTypedDateTime('2026-12-03T19:00')).toBe('Donnerstag, 3. Dezember 2026 um 19:00');
    await loadLanguage('fr');
    expect(formatTypedDateTime('2026-12-31T23:59')).toMatch(/^jeudi 31 décembre 2026 .*23:59$/);
  });

  it('says nothing for an empty, partial or impossible value', () => {
    expect(formatTypedDateTime('')).toBeNull();
    expect(formatTypedDateTime('2026-12-03')).toBeNull();
    expect(formatTypedDateTime('2026-02-30T10:00')).toBeNull();
    expect(formatTypedDateTime('2026-12-03T25:00')).toBeNull();
  });
});
