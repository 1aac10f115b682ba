import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { installErrorHandling } from './error-handler.ts';
import { ApiProblem } from './problems.ts';

it('logs an answered 503 as a warning and an unexpected failure as an error', async () => {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
      done();
    },
  });
  const app = Fastify({ logger: { level: 'info', stream } });
  installErrorHandling(app);
  app.get('/unavailable', async () => {
    throw new ApiProblem(503, 'The Caldasa API cannot be reached.', undefined, { 'Retry-After': '5' });
  });
  app.get('/broken', async () => {
    throw new Error('a real fault');
  });
  const unavailable = await app.inject({ method: 'GET', url: '/unavailable' });
  const broken = await app.inject({ method: 'GET', url: '/broken' });
  await app.close();

  expect(unavailable.statusCode).toBe(503);
  expect(unavailable.headers['retry-after']).toBe('5');
  expect(broken.statusCode).toBe(500);
  const levelOf = (msg: string) => lines.filter((line) => line.msg === msg).map((line) => line.level);
  // pino levels: 40 warn, 50 error.
  expect(levelOf('request answered unavailable')).toEqual([40]);
  expect(levelOf('request failed')).toEqual([50]);
});
