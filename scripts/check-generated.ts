/** Fails when the committed `*.gen.ts` API types differ from what the contract generates now. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATED } from './generated-files.ts';

const scratch = mkdtempSync(join(tmpdir(), 'caldasa-gen-'));
let stale = 0;
for (const { contract, output } of GENERATED) {
  const fresh = join(scratch, 'fresh.gen.ts');
  execFileSync('npx', ['openapi-typescript', contract, '-o', fresh], { stdio: 'ignore' });
  if (readFileSync(fresh, 'utf8') !== readFileSync(output, 'utf8')) {
    console.error(`${output} is stale: run \`npm run api:generate\` and commit the result.`);
    stale += 1;
  } else {
    console.log(`${output} matches ${contract}`);
  }
}
process.exit(stale === 0 ? 0 : 1);
