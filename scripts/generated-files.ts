/**
 * Each contract and what is generated from it: the TypeScript types (openapi-typescript) for every
 * contract, and the runtime schemas (valibot, through @hey-api/openapi-ts) for the contracts the app reads
 * answers from. `npm run api:generate` writes them all; the staleness check compares them all.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export interface GeneratedFile {
  contract: string;
  output: string;
  /** Writes the file generated from `contract` to `file`. */
  generate: (contract: string, file: string) => Promise<void>;
}

async function types(contract: string, file: string): Promise<void> {
  execFileSync('npx', ['openapi-typescript', contract, '-o', file], { stdio: 'ignore' });
}

/**
 * The contract with only the given operations ("GET /tenant") left in its paths; every component stays, and
 * the generator then writes only the schemas those operations use.
 */
function onlyOperations(contract: string, operations: string[]): Record<string, unknown> {
  const document: Contract = parse(readFileSync(contract, 'utf8'));
  const shared = document.components?.parameters ?? {};
  // Path-level parameters are written out in place: the generator's pruning drops shared parameters
  // that only a path (not an operation) refers to, and then cannot resolve them.
  const inline = (parameter: { $ref?: string }) =>
    shared[parameter.$ref?.replace('#/components/parameters/', '') ?? ''] ?? parameter;
  const paths: Contract['paths'] = {};
  for (const [path, item] of Object.entries(document.paths)) {
    const kept = Object.entries(item).filter(([method]) =>
      operations.includes(`${method.toUpperCase()} ${path}`),
    );
    if (kept.length === 0) continue;
    paths[path] = { ...Object.fromEntries(kept), parameters: (item.parameters ?? []).map(inline) };
  }
  return { ...document, paths };
}

interface Contract {
  paths: Record<string, { parameters?: Array<{ $ref?: string }> } & Record<string, unknown>>;
  components?: { parameters?: Record<string, unknown> };
}

/**
 * hey-api writes a folder; the app keeps only its valibot file, next to the types. With `operations`, only
 * the schemas those operations use: a bundler keeps a module whole in one chunk, so the scanner route reads
 * its answers with a file of its own and never loads the back office's schemas.
 */
async function schemas(contract: string, file: string, operations?: string[]): Promise<void> {
  const { createClient } = await import('@hey-api/openapi-ts');
  const scratch = mkdtempSync(join(tmpdir(), 'caldasa-schemas-'));
  try {
    await createClient({
      input: operations ? onlyOperations(contract, operations) : resolve(contract),
      output: { path: scratch },
      plugins: ['valibot'],
      ...(operations ? { parser: { filters: { orphans: false } } } : {}),
      logs: { file: false, level: 'silent' },
    });
    copyFileSync(join(scratch, 'valibot.gen.ts'), file);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** What the scanner route reads: the tenant, the events with their ticket types, and redeem answers. */
const DOOR_OPERATIONS = ['GET /tenant', 'GET /events', 'GET /events/{eventId}', 'POST /tickets/redeem'];

export const GENERATED: GeneratedFile[] = [
  { contract: 'openapi/caldasa.yaml', output: 'src/lib/api/caldasa.gen.ts', generate: types },
  { contract: 'openapi/sandbox.yaml', output: 'src/lib/api/sandbox.gen.ts', generate: types },
  { contract: 'openapi/relay.yaml', output: 'src/lib/api/relay.gen.ts', generate: types },
  { contract: 'openapi/caldasa.yaml', output: 'src/lib/api/caldasa.schemas.gen.ts', generate: schemas },
  { contract: 'openapi/relay.yaml', output: 'src/lib/api/relay.schemas.gen.ts', generate: schemas },
  {
    contract: 'openapi/caldasa.yaml',
    output: 'src/lib/api/door.schemas.gen.ts',
    generate: (contract, file) => schemas(contract, file, DOOR_OPERATIONS),
  },
  {
    contract: 'openapi/relay.yaml',
    output: 'src/lib/api/relay-door.schemas.gen.ts',
    generate: (contract, file) => schemas(contract, file, ['POST /tickets/redeem']),
  },
];
