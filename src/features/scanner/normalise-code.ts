/**
 * Cleans the raw text a camera, a hardware scanner or a person produced into the token we send, in one
 * pure function so every input path behaves the same.
 *
 * Decisions:
 * - Symbology identifiers that some hardware scanners prepend (AIM `]Q1`, `]d2`, …) and ECI escapes
 *   (`\000026`, the charset designator) are not part of the ticket and are removed from the start.
 * - Control characters at either end (CR/LF/Tab a wedge or a paste adds) are removed; inside the code they
 *   are part of what was read (a GS separator, say) and are sent as read: the server accepts any text and
 *   decides. Zero-width characters and the BOM are removed everywhere: they are never part of a code.
 * - A QR code may hold a link instead of a bare token: for an http(s) URL the `token` query parameter
 *   is used when present, else the last path segment (`https://x.example/t/<token>`). Anything else
 *   is sent as read; the server decides whether it is a ticket.
 * - Empty text and text over 512 characters (the API's limit) are refused with a message; nothing is sent.
 */
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  empty: { id: 'code.empty', defaultMessage: 'The code is empty. Nothing was sent.' },
  tooLong: {
    id: 'code.tooLong',
    defaultMessage:
      'This code has {length, number} characters; a ticket code has at most {max, number}. It is not one of our tickets. Nothing was sent.',
  },
});
export const MAX_CODE_LENGTH = 512;

export type NormalisedCode =
  | { ok: true; token: string }
  | { ok: false; reason: 'empty'; message: string }
  /** `raw` is the cleaned text, for the refusal on screen. */
  | { ok: false; reason: 'too-long'; message: string; raw: string };

const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;
const ECI_ESCAPE = /^\\\d{6}/;
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** C0 and C1 controls, DEL, and white space. */
function isControlOrSpace(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || /\s/.test(char);
}

function removeInvisible(text: string): string {
  const chars = Array.from(text).filter((char) => !ZERO_WIDTH.has(char.codePointAt(0) ?? 0));
  let start = 0;
  let end = chars.length;
  while (start < end && isControlOrSpace(chars[start]!)) start += 1;
  while (end > start && isControlOrSpace(chars[end - 1]!)) end -= 1;
  return chars.slice(start, end).join('');
}

function stripPrefixes(text: string): string {
  let rest = text.replace(AIM_PREFIX, '');
  while (ECI_ESCAPE.test(rest)) rest = rest.replace(ECI_ESCAPE, '');
  return rest;
}

function tokenFromUrl(text: string): string {
  if (!/^https?:\/\//i.test(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery.trim();
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1);
  return last ? decodeURIComponent(last) : text;
}

/** Turns raw scanned or typed text into a token, or explains why it cannot be sent. */
export function normaliseCode(raw: string): NormalisedCode {
  const cleaned = removeInvisible(stripPrefixes(removeInvisible(raw)));
  if (cleaned === '') {
    return { ok: false, reason: 'empty', message: t(messages.empty) };
  }
  if (cleaned.length > MAX_CODE_LENGTH) {
    return {
      ok: false,
      reason: 'too-long',
      message: t(messages.tooLong, { length: cleaned.length, max: MAX_CODE_LENGTH }),
      raw: cleaned,
    };
  }
  const token = tokenFromUrl(cleaned);
  if (token === '') return { ok: false, reason: 'empty', message: t(messages.empty) };

  return { ok: true, token };
}
