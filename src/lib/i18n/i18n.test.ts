import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineMessages, loadLanguage, t, tRich } from './i18n';

const messages = defineMessages({
  signOut: { id: 'menu.signOut', defaultMessage: 'Sign out…' },
  waiting: {
    id: 'sw.waiting',
    defaultMessage:
      '{count, plural, one {# scan waits} other {# scans wait}} to sync. The update can be applied once the queue is empty.',
  },
  unknown: { id: 'test.notInAnyCatalogue', defaultMessage: 'Only in the code' },
  stripped: { id: 'test.strippedAndMissing' },
});

afterEach(() => loadLanguage('en'));

describe('messages from the compiled catalogues', () => {
  it('shows plain text and ICU plurals in the chosen language', async () => {
    await loadLanguage('nl');
    expect(t(messages.signOut)).toBe('Afmelden…');
    expect(t(messages.waiting, { count: 1 })).toMatch(/^1 scan wacht op synchronisatie/);
    expect(t(messages.waiting, { count: 3 })).toMatch(/^3 scans wachten op synchronisatie/);
  });

  it('reads English from its compiled catalogue too, as a build does with no text in the code', async () => {
    await loadLanguage('en');
    expect(t({ id: 'menu.signOut' })).toBe('Sign out…');
    expect(t({ id: 'sw.waiting' }, { count: 2 })).toMatch(/^2 scans wait to sync/);
  });

  it('fills plain arguments as IntlMessageFormat would, and leaves a missing one to the fallback', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await loadLanguage('nl');
    expect(t({ id: 'door.label' }, { name: 'Noord' })).toBe('Ingang Noord');
    expect(t({ id: 'door.label' }, { name: 7 })).toBe('Ingang 7');
    expect(t({ id: 'scan.heading' }, { event: 'Avond', door: 'Ingang Noord' })).toMatch(
      /Avond.*Ingang Noord/,
    );
    await loadLanguage('de');
    expect(t({ id: 'venue.count' }, { redeemed: 1234, sold: 5000 })).toBe('Eingecheckt: 1.234 von 5.000');
    // No value: not an empty gap in the sentence, but the id (nothing else is known in a build).
    expect(t({ id: 'door.label' })).toBe('door.label');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('door.label'));
    warn.mockRestore();
  });

  it('falls back to the English in the code, then to the id, and says so only for the id', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await loadLanguage('de');
    expect(t(messages.unknown)).toBe('Only in the code');
    expect(warn).not.toHaveBeenCalled();
    expect(t(messages.stripped)).toBe('test.strippedAndMissing');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('test.strippedAndMissing'));
    warn.mockRestore();
  });

  it('renders markup as the nodes the caller builds', async () => {
    await loadLanguage('en');
    const nodes = tRich(
      { id: 'test.rich', defaultMessage: 'Apply <b>now</b>' },
      { b: (chunks) => ({ bold: chunks }) as never },
    );
    expect(nodes).toEqual(['Apply ', { bold: ['now'] }]);
  });
});
