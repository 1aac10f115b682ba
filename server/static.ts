/**
 * Serves the built app from `dist/`: hashed assets cached for a year, the HTML shell, service worker
 * and manifest always revalidated, and an SPA fallback to index.html for page URLs — never for /api,
 * whose unknown paths stay JSON 404 problems. The build writes `.br` and `.gz` beside each compressible
 * file; they are sent as they are to browsers that accept them (nothing is compressed per request), with
 * `Vary: Accept-Encoding` so caches keep the variants apart. Dotfiles and source maps are never served.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolve, sep } from 'node:path';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Source maps stay on the build machine: they would publish the app's source. */
const NEVER_SERVED = /\.map$/;

function cacheControlFor(root: string, filePath: string): string {
  const relative = filePath.slice(root.length).split(sep).join('/');
  return relative.startsWith('/assets/') ? IMMUTABLE : 'no-cache';
}

/** Registers the static files and returns the fallback for the not-found handler. */
export async function registerStatic(
  app: FastifyInstance,
  staticDir: string,
): Promise<(request: FastifyRequest, reply: FastifyReply) => boolean> {
  const root = resolve(staticDir);
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    preCompressed: true,
    // 'ignore' answers 404 for any path with a dotfile or dot-directory segment, as if it did not exist.
    dotfiles: 'ignore',
    allowedPath: (pathname) => !NEVER_SERVED.test(pathname),
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', cacheControlFor(root, filePath.replace(/\.(br|gz)$/, '')));
      res.setHeader('vary', 'accept-encoding');
    },
  });
  return (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/') && path !== '/api';
    const lastSegment = path.split('/').pop() ?? '';
    if (!isPage || lastSegment.includes('.')) return false;
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  };
}
