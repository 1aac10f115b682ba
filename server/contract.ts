/** The two contracts, read once: the Caldasa API and the sandbox's own helpers. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const OPENAPI_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi');

export const CONTRACT_FILES = {
  caldasa: join(OPENAPI_DIR, 'caldasa.yaml'),
  sandbox: join(OPENAPI_DIR, 'sandbox.yaml'),
} as const;

const cache = new Map<string, object>();

/** The parsed OpenAPI document (a fresh structure is not needed: consumers clone what they change). */
export function loadContract(name: keyof typeof CONTRACT_FILES): object {
  let document = cache.get(name);
  if (!document) {
    const parsed: unknown = parse(readFileSync(CONTRACT_FILES[name], 'utf8'));
    if (typeof parsed !== 'object' || parsed === null)
      throw new Error(`${CONTRACT_FILES[name]} is not an OpenAPI document`);
    document = parsed;
    cache.set(name, document);
  }
  return document;
}
