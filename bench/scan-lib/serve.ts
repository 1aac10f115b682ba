/**
 * A throwaway static server on 127.0.0.1 for the bench page and the corpus. Pages get the app's CSP, so a
 * decoder that reached for a CDN would fail here just as it would in production.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.gray': 'application/octet-stream',
};
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

export interface StaticServer {
  url: string;
  /** Answer 404 for `.wasm` files, to check that the decoder falls back when its wasm cannot load. */
  blockWasm(blocked: boolean): void;
  close(): Promise<void>;
}

/** Serves `pageDir` at `/` and `corpusDir` at `/corpus/`. */
export async function serveBench(pageDir: string, corpusDir: string): Promise<StaticServer> {
  let wasmBlocked = false;
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.startsWith('/corpus/')
      ? join(corpusDir, path.slice('/corpus/'.length))
      : join(pageDir, path === '/' ? 'index.html' : path);
    const refused = wasmBlocked && extname(file) === '.wasm';
    if (refused || path.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    blockWasm: (blocked) => {
      wasmBlocked = blocked;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
