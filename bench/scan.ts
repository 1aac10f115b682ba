/**
 * `npm run bench:scan`: the scanner's figures. Each engine's decode rate and time on the generated corpus,
 * then, through the real UI with the fake camera against a sandbox, decode-to-verdict latency and the
 * scanner's JavaScript before the decoder loads. Builds the app first when dist/ is missing.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { runDecodeBench } from './scan-decode.ts';
import { formatScanVerdict, runScanVerdictBench } from './scan-verdict.ts';

const decode = await runDecodeBench();
console.log(`\n${decode.report}`);

if (!existsSync('dist/index.html')) {
  console.log('\nBuilding the app for the verdict bench (npx vite build)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
const verdict = await runScanVerdictBench(60);
console.log(`\n${formatScanVerdict(verdict)}`);
