import { parse } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { describe, expect, it } from 'vitest';
import { pseudoMessage } from './pseudo-locale.ts';

const pseudo = (english: string) => printAST(pseudoMessage(parse(english)));

describe('the pseudo-locale', () => {
  it('accents every letter and lengthens the words by at least 40%', () => {
    expect(pseudo('Admitted')).toBe('Ådmíttéd ~~~~');
  });

  it('keeps placeholders, plural branches and tags working', () => {
    const text = pseudo('{count, plural, one {# scan waits} other {# scans wait}} for <b>{server}</b>');
    expect(text).toBe(
      '{count,plural,one{# šçáñ wáítš ~~~~~} other{# šçáñš wáít ~~~~~}} för <b>{server}</b> ~~',
    );
  });
});
