/** The relay benchmark's servers: the sandbox and the relay each in its own process, a fault proxy here. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '..', '..');

/** Starts `node --import tsx <script> ...args` and resolves with the JSON line it prints when ready. */
export function startChild(
  script: string,
  args: string[],
): Promise<{ child: ChildProcess; info: Record<string, string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: ROOT,
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const parsed: unknown = JSON.parse(line);
      const info: Record<string, string> = {};
      if (parsed && typeof parsed === 'object')
        for (const [key, value] of Object.entries(parsed)) info[key] = String(value);
      resolve({ child, info });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited early (${code})`)));
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
