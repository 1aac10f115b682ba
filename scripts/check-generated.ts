/** Fails when a committed generated file (API types or runtime schemas) differs from what the contract gives now. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { GENERATED } from './generated-files.ts';

const scratch = mkdtempSync(join(tmpdir(), 'caldasa-gen-'));
let stale = 0;
for (const { contract, output, generate } of GENERATED) {
  const fresh = join(scratch, basename(output));
  await generate(contract, fresh);
  if (readFileSync(fresh, 'utf8') !== readFileSync(output, 'utf8')) {
    console.error(`${output} is stale: run \`npm run api:generate\` and commit the result.`);
    stale += 1;
  } else {
    console.log(`${output} matches ${contract}`);
  }
}
process.exit(stale === 0 ? 0 : 1);
