import { defineConfig } from 'vitest/config';
import { rendererAliases, rendererJsx } from './scripts/renderer.ts';

export default defineConfig({
  oxc: { jsx: rendererJsx },
  resolve: { alias: rendererAliases },
  test: {
    // Playwright's *.spec.ts files live in tests/e2e and must never be picked up here.
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
