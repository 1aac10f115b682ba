import { describe, expect, it } from 'vitest';
import { normaliseBaseUrl } from './base-url';

describe('normaliseBaseUrl', () => {
  it('accepts an https address and drops trailing slashes', () => {
    expect(normaliseBaseUrl(' https://venue.example/api/ ')).toEqual({
      ok: true,
      url: 'https://venue.example/api',
    });
  });

  it('explains an empty address', () => {
    expect(normaliseBaseUrl('   ')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Enter the API'),
    });
  });

  it('refuses text that is not a URL', () => {
    expect(normaliseBaseUrl('venue api')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a web address'),
    });
  });

  it('refuses other protocols', () => {
    expect(normaliseBaseUrl('ftp://venue.example')).toMatchObject({ ok: false });
  });

  it('keeps tokens out of the address', () => {
    expect(normaliseBaseUrl('https://user:secret@venue.example/api')).toMatchObject({
      ok: false,
      message: expect.stringContaining('token field'),
    });
    expect(normaliseBaseUrl('https://venue.example/api?token=abc')).toMatchObject({ ok: false });
  });
});
