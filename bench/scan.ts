/** `npm run bench:scan`: the scanner's figures. For now the decode bench; other scan figures join here. */
import { runDecodeBench } from './scan-decode.ts';

const decode = await runDecodeBench();
console.log(`\n${decode.report}`);
