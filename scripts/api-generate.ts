/** `npm run api:generate`: regenerates the API types from the contracts. */
import { execFileSync } from 'node:child_process';
import { GENERATED } from './generated-files.ts';

for (const { contract, output } of GENERATED) {
  execFileSync('npx', ['openapi-typescript', contract, '-o', output], { stdio: 'inherit' });
}
