/** Checks and normalises the API base URL a person types. Returns a message for anything unusable. */
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  enter: {
    id: 'baseUrl.enter',
    defaultMessage: 'Enter the API address, for example https://venue.example/api.',
  },
  notUrl: {
    id: 'baseUrl.notUrl',
    defaultMessage: 'That is not a web address. It should start with https:// or http://.',
  },
  scheme: { id: 'baseUrl.scheme', defaultMessage: 'The API address must start with https:// or http://.' },
  token: { id: 'baseUrl.token', defaultMessage: 'Put the token in the token field, not in the address.' },
  query: { id: 'baseUrl.query', defaultMessage: 'The API address cannot have a ? or # part.' },
});

export type BaseUrlCheck = { ok: true; url: string } | { ok: false; message: string };

export function defaultBaseUrl(origin: string): string {
  return `${origin}/api`;
}

export function normaliseBaseUrl(input: string): BaseUrlCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: t(messages.enter) };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: t(messages.notUrl) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: t(messages.scheme) };
  }
  if (url.username || url.password) {
    return { ok: false, message: t(messages.token) };
  }
  if (url.search || url.hash) {
    return { ok: false, message: t(messages.query) };
  }
  return { ok: true, url: url.toString().replace(/\/+$/, '') };
}
