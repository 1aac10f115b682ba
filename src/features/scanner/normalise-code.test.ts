import { describe, expect, it } from 'vitest';
import { MAX_CODE_LENGTH, normaliseCode } from './normalise-code';

describe('normaliseCode', () => {
  it('trims spaces and line endings a hardware scanner adds', () => {
    expect(normaliseCode('  abc123XYZ\r\n')).toEqual({ ok: true, token: 'abc123XYZ' });
  });

  it('removes zero-width characters anywhere and control characters at the ends', () => {
    expect(normaliseCode('\uFEFF\u0000ab\u200Bc1\u0000\r\n')).toEqual({ ok: true, token: 'abc1' });
  });

  it('keeps control characters inside the code: they are sent as read', () => {
    expect(normaliseCode('ab\u0007cd\u001Def')).toEqual({ ok: true, token: 'ab\u0007cd\u001Def' });
  });

  it('strips an AIM symbology identifier', () => {
    expect(normaliseCode(']Q1tok-en_9')).toEqual({ ok: true, token: 'tok-en_9' });
  });

  it('strips ECI escapes after the identifier', () => {
    expect(normaliseCode(']Q2\\000026\\000003abc')).toEqual({ ok: true, token: 'abc' });
  });

  it('keeps a bracket that is not an identifier', () => {
    expect(normaliseCode(']x')).toEqual({ ok: true, token: ']x' });
  });

  it('takes the token parameter from a ticket link', () => {
    expect(normaliseCode('https://tickets.example/t?token=Qa9_z&x=1')).toEqual({ ok: true, token: 'Qa9_z' });
  });

  it('takes the last path segment from a ticket link without a token parameter', () => {
    expect(normaliseCode('https://tickets.example/t/Qa9_z/')).toEqual({ ok: true, token: 'Qa9_z' });
  });

  it('sends other text as read, for the server to judge', () => {
    expect(normaliseCode('hello world!')).toEqual({ ok: true, token: 'hello world!' });
  });

  it('refuses empty text, also when only invisible characters were read', () => {
    expect(normaliseCode('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(normaliseCode(' \r\n\u200B ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(normaliseCode(']Q1')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('accepts exactly 512 characters and refuses 513 with the count', () => {
    expect(normaliseCode('a'.repeat(MAX_CODE_LENGTH))).toMatchObject({ ok: true });
    const refused = normaliseCode('a'.repeat(MAX_CODE_LENGTH + 1));
    expect(refused).toMatchObject({ ok: false, reason: 'too-long' });
    expect(refused.ok ? '' : refused.message).toContain('513 characters');
    expect(normaliseCode('b'.repeat(3_000))).toMatchObject({ reason: 'too-long', raw: 'b'.repeat(3_000) });
  });
});
