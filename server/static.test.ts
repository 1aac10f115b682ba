import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../scripts/precompress-plugin.ts';
import { buildApp } from './app.ts';

let app: FastifyInstance;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'caldasa-static-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Caldasa Door</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  for (const file of ['sw.js', 'registerSW.js', 'manifest.webmanifest'])
    writeFileSync(join(dist, file), '{}');
  app = await buildApp({ dataDir: join(root, 'data'), staticDir: dist, log: { level: 'silent' } });
});
afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serving the app', () => {
  it('caches hashed assets for a year and revalidates the shell, service worker and manifest', async () => {
    const asset = await app.inject('/assets/index-abc123.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/sw.js', '/registerSW.js', '/manifest.webmanifest']) {
      const response = await app.inject(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('falls back to index.html for app routes but never for /api or missing files', async () => {
    const page = await app.inject('/scan/event/123');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Caldasa Door');
    expect(page.headers['cache-control']).toBe('no-cache');
    const api = await app.inject('/api/unknown');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect((await app.inject('/assets/missing.js')).statusCode).toBe(404);
  });

  it('sends security headers on every response', async () => {
    for (const path of ['/', '/api/tenant', '/healthz', '/api/unknown']) {
      const { headers } = await app.inject(path);
      expect(headers['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toBe('camera=(self)');
    }
  });

  it('answers /healthz without a token', async () => {
    const response = await app.inject('/healthz');
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('allows cross-origin API calls with a token and an Idempotency-Key', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/tickets/redeem',
      headers: { origin: 'https://door.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-headers']).toContain('Idempotency-Key');
    const refused = await app.inject({ url: '/api/tenant', headers: { origin: 'https://door.example' } });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.headers['access-control-expose-headers']).toContain('Retry-After');
  });
});

describe('delivering the built files', () => {
  let served: FastifyInstance;
  let dir: string;
  const script = `export const door = ${JSON.stringify('x'.repeat(4000))};\n`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'caldasa-static-compressed-'));
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    mkdirSync(join(dist, '.secret'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), `<!doctype html><title>Caldasa Door</title>${' '.repeat(2000)}`);
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), script);
    writeFileSync(join(dist, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["src/main.tsx"]}');
    writeFileSync(join(dist, '.env'), 'SECRET=1');
    writeFileSync(join(dist, '.secret', 'note.txt'), 'hidden');
    precompressDir(dist);
    served = await buildApp({ dataDir: join(dir, 'data'), staticDir: dist, log: { level: 'silent' } });
  });
  afterAll(async () => {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the brotli file built beside the asset to a browser that accepts it', async () => {
    const response = await served.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers.vary).toContain('accept-encoding');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that accepts neither', async () => {
    const gzip = await served.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);
    const plain = await served.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('accept-encoding');
    expect(plain.body).toBe(script);
  });

  it('compresses the app shell of a page URL as well', async () => {
    const page = await served.inject({ url: '/scan', headers: { 'accept-encoding': 'br' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.rawPayload).toString()).toContain('Caldasa Door');
  });

  it('never serves dotfiles or source maps', async () => {
    for (const path of ['/.env', '/.secret/note.txt', '/assets/index-abc123.js.map']) {
      const response = await served.inject({ url: path, headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.statusCode, path).toBe(404);
      expect(response.body, path).not.toContain('SECRET');
      expect(response.body, path).not.toContain('src/main.tsx');
    }
  });
});
