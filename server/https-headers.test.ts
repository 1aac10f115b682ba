import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { httpsCertificate } from './https-cert.ts';

const root = mkdtempSync(join(tmpdir(), 'caldasa-https-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('sends Strict-Transport-Security under --https, and not over plain HTTP', async () => {
  const https = await httpsCertificate(root);
  const secure = await buildApp({ dataDir: join(root, 'secure'), https, log: { level: 'silent' } });
  const plain = await buildApp({ dataDir: join(root, 'plain'), log: { level: 'silent' } });
  try {
    for (const path of ['/healthz', '/api/tenant', '/api/events/%E0%A4%A']) {
      const answer = await secure.inject(path);
      expect(answer.headers['strict-transport-security'], path).toMatch(/^max-age=\d{7,}$/);
      expect((await plain.inject(path)).headers['strict-transport-security'], path).toBeUndefined();
    }
  } finally {
    await secure.close();
    await plain.close();
  }
});
