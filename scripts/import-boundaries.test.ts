/**
 * The layout rule (STYLE.md) is enforced by the lint, not by habit: these cases lint made-up files at
 * real paths with the project's own ESLint config and expect the boundary rule to speak.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

const importDoorLabel = (from: string) =>
  `import { doorLabel } from '${from}';\nexport const x = doorLabel;\n`;

describe('import boundaries', () => {
  it('refuses a feature importing another feature', async () => {
    const errors = await boundaryErrors('src/features/orders/x.ts', importDoorLabel('../check-in/verdict'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('feature="check-in"');
  });

  it('lets a feature import its own files and lib', async () => {
    const code = `${importDoorLabel('../../features/check-in/verdict')}`;
    expect(await boundaryErrors('src/features/check-in/x.ts', code)).toEqual([]);
    const lib = `import { readSetting } from '../../lib/local-settings';\nexport const y = readSetting;\n`;
    expect(await boundaryErrors('src/features/orders/x.ts', lib)).toEqual([]);
  });

  it('refuses lib and the service worker importing a feature', async () => {
    expect(
      await boundaryErrors('src/lib/x.ts', importDoorLabel('../features/check-in/verdict')),
    ).toHaveLength(1);
    expect(await boundaryErrors('src/sw/x.ts', importDoorLabel('../features/check-in/verdict'))).toHaveLength(
      1,
    );
  });

  it('lets a feature use the shared UI, and keeps the shared UI free of features', async () => {
    const ui = `import { formatCount } from '../../ui/format';\nexport const y = formatCount;\n`;
    expect(await boundaryErrors('src/features/orders/x.ts', ui)).toEqual([]);
    const uiLib = `import { readSetting } from '../lib/local-settings';\nexport const y = readSetting;\n`;
    expect(await boundaryErrors('src/ui/x.ts', uiLib)).toEqual([]);
    const errors = await boundaryErrors('src/ui/x.ts', importDoorLabel('../features/check-in/verdict'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('feature="check-in"');
  });

  it('refuses lib and the service worker importing the shared UI', async () => {
    const ui = (from: string) => `import { formatCount } from '${from}';\nexport const y = formatCount;\n`;
    expect(await boundaryErrors('src/lib/x.ts', ui('../ui/format'))).toHaveLength(1);
    expect(await boundaryErrors('src/sw/x.ts', ui('../ui/format'))).toHaveLength(1);
  });

  it('lets a feature read zoned-time from events (lib-grade, until it moves to lib/) and nothing else there', async () => {
    const time = `import { formatInZone } from '../events/zoned-time';\nexport const y = formatInZone;\n`;
    expect(await boundaryErrors('src/features/orders/x.ts', time)).toEqual([]);
    const other = `import { getEvent } from '../events/get-event';\nexport const y = getEvent;\n`;
    expect(await boundaryErrors('src/features/orders/x.ts', other)).toHaveLength(1);
  });

  it('lets app/ compose features', async () => {
    expect(await boundaryErrors('src/app/x.ts', importDoorLabel('../features/check-in/verdict'))).toEqual([]);
  });

  it('lets the server take the generated API types and nothing else from src/', async () => {
    const generated = `import type { components } from '../src/lib/api/caldasa.gen.ts';\nexport type T = components;\n`;
    expect(await boundaryErrors('server/x.ts', generated)).toEqual([]);
    const feature = importDoorLabel('../src/features/check-in/verdict.ts');
    expect(await boundaryErrors('server/x.ts', feature)).toHaveLength(1);
  });
});
