/** `npm run api:generate`: regenerates the API types and runtime schemas from the contracts. */
import { GENERATED } from './generated-files.ts';

for (const { contract, output, generate } of GENERATED) {
  await generate(contract, output);
  console.log(`${output} written from ${contract}`);
}
