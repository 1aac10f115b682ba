/**
 * The test-only pseudo-locale (en-XA): every English message accented and lengthened by 40%, placeholders
 * and ICU syntax kept, so a layout test sees text longer than any real translation without a translator.
 * Written by `npm run i18n` into src/locales/compiled/en-XA.json; never offered in the language picker.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
};

function accent(text: string): string {
  return text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter);
}

function literalLength(elements: MessageFormatElement[]): number {
  return elements.reduce(
    (sum, element) => (element.type === TYPE.literal ? sum + element.value.length : sum),
    0,
  );
}

/** Accents every literal and pads the message's words by 40% with "~" after its last literal. */
export function pseudoMessage(elements: MessageFormatElement[]): MessageFormatElement[] {
  const padding = '~'.repeat(Math.ceil(literalLength(elements) * 0.4));
  const out = elements.map((element): MessageFormatElement => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: pseudoMessage(option.value) },
        ]),
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: pseudoMessage(element.children) };
    return element;
  });
  return padding ? [...out, { type: TYPE.literal, value: ` ${padding}` }] : out;
}

/** The whole English catalogue (as extracted) as the pseudo-locale, pre-parsed like the compiled files. */
export function pseudoCatalogue(
  english: Record<string, { defaultMessage: string }>,
): Record<string, MessageFormatElement[]> {
  return Object.fromEntries(
    Object.entries(english).map(([id, entry]) => [id, pseudoMessage(parse(entry.defaultMessage))]),
  );
}
