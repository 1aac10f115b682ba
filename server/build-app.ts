/** Builds the app with Vite when `dist/index.html` is missing or older than any of its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

/** Whether the build in `root/dist` is missing or stale. */
export function needsBuild(root: string): boolean {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => newestChange(join(root, source)) > builtAt);
}

/** Runs `npx vite build`, streaming its output; returns whether it succeeded. */
export function buildWithVite(root: string): boolean {
  const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}
