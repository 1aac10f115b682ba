/** Checks and normalises the API base URL a person types. Returns a message for anything unusable. */
export type BaseUrlCheck = { ok: true; url: string } | { ok: false; message: string };

export function defaultBaseUrl(origin: string): string {
  return `${origin}/api`;
}

export function normaliseBaseUrl(input: string): BaseUrlCheck {
  const trimmed = input.trim();
  if (trimmed === '')
    return { ok: false, message: 'Enter the API address, for example https://venue.example/api.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'That is not a web address. It should start with https:// or http://.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The API address must start with https:// or http://.' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Put the token in the token field, not in the address.' };
  }
  if (url.search || url.hash) {
    return { ok: false, message: 'The API address cannot have a ? or # part.' };
  }
  return { ok: true, url: url.toString().replace(/\/+$/, '') };
}
