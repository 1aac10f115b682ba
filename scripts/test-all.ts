/**
 * `npm test`: every check in order, stopping at the first failure, then one line with the totals of the
 * test runners: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.ts';

const REPORTS = 'node_modules/.cache/test-reports';
const VITEST_JSON = `${REPORTS}/vitest.json`;
const PLAYWRIGHT_JSON = `${REPORTS}/playwright.json`;

interface Totals {
  passed: number;
  failed: number;
  summaries: string[];
}
const totals: Totals = { passed: 0, failed: 0, summaries: [] };

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n━━ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`━━ ${title}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
  return ok;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

function countVitest(): void {
  const report = readJson(VITEST_JSON) as { numPassedTests?: number; numFailedTests?: number } | null;
  if (!report) return;
  const passed = report.numPassedTests ?? 0;
  const failed = report.numFailedTests ?? 0;
  totals.passed += passed;
  totals.failed += failed;
  totals.summaries.push(`vitest: ${passed} passed, ${failed} failed`);
}

function countPlaywright(): void {
  const report = readJson(PLAYWRIGHT_JSON) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  } | null;
  if (!report?.stats) return;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected + skipped;
  totals.summaries.push(
    `playwright: ${expected + flaky} passed (${flaky} after a retry), ${unexpected} failed, ${skipped} skipped`,
  );
}

function finish(ok: boolean): never {
  console.log('\n━━ Summary');
  for (const line of totals.summaries) console.log(line);
  if (!ok && totals.failed === 0) totals.failed = 1; // a failed check counts even when no runner ran
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(ok ? 0 : 1);
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const npx = 'npx';
const checks: Array<[string, string, string[], NodeJS.ProcessEnv?]> = [
  [
    'contract lint',
    npx,
    ['redocly', 'lint', 'openapi/caldasa.yaml', 'openapi/sandbox.yaml', 'openapi/relay.yaml'],
    { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  ],
  ['generated API types are current', npx, ['tsx', 'scripts/check-generated.ts']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', npx, ['eslint', '.', '--max-warnings=0']],
  ['format', npx, ['prettier', '--check', '.', '--log-level=warn']],
];
for (const [title, command, args, env] of checks) {
  if (!step(title, command, args, env)) finish(false);
}

const unitOk = step('unit and server tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);
countVitest();
if (!unitOk) finish(false);

if (!step('build the app', npx, ['vite', 'build', '--logLevel', 'warn'])) finish(false);
console.log('\n━━ browser for end-to-end tests');
if (!ensureChromium()) finish(false);
const e2eOk = step('end-to-end tests', npx, ['playwright', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
});
countPlaywright();
if (!existsSync(PLAYWRIGHT_JSON)) totals.summaries.push('playwright: no report was written');
finish(e2eOk);
