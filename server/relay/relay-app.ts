/**
 * The venue relay as a fastify app: the built app's static files on the same origin, the Caldasa API
 * passed through under /api (redeem with the venue ledger), and the relay's own status endpoints.
 * openapi/relay.yaml describes what it adds to the Caldasa API.
 */
import type { FastifyInstance } from 'fastify';
import { installErrorHandling } from '../error-handler.ts';
import { installHttpHeaders } from '../http-headers.ts';
import { createFastifyInstance } from '../fastify-instance.ts';
import type { LogOptions } from '../logging.ts';
import { registerStatic } from '../static.ts';
import { createIdempotencyKnowledge } from './idempotency-probe.ts';
import type { RelayDb } from './ledger-db.ts';
import { registerPassthrough } from './passthrough-route.ts';
import { registerRedeem } from './redeem-route.ts';
import { createContextParts, type RelayContext } from './relay-context.ts';
import { createReplayer, type Replayer } from './replay.ts';
import { registerStatus } from './status.ts';
import { createUpstream, type UpstreamOptions } from './upstream.ts';

export interface RelayAppOptions {
  db: RelayDb;
  upstream: Omit<UpstreamOptions, 'onChange'>;
  staticDir?: string;
  https?: { key: string; cert: string };
  log?: LogOptions;
  /** How often waiting scans are looked at again (a sign-in may be back); 0 turns the timer off. */
  replayEveryMs?: number;
}

const BODY_LIMIT_BYTES = 64 * 1024;
const EXPOSED =
  'Date, Retry-After, Idempotent-Replayed, Caldasa-Relay-Decision, Caldasa-Relay-Cache, Caldasa-Relay-Cached-At';

declare module 'fastify' {
  interface FastifyInstance {
    relay: RelayContext & { replayer: Replayer };
  }
}

/** Builds the relay; it starts probing upstream and replaying once it listens (or `ready()`). */
export async function buildRelayApp(options: RelayAppOptions): Promise<FastifyInstance> {
  const https = Boolean(options.https);
  const app = createFastifyInstance({ https: options.https, log: options.log, bodyLimit: BODY_LIMIT_BYTES });
  let replayer: Replayer | null = null;
  const kickReplay = () => void replayer?.run();
  const upstream = createUpstream({
    ...options.upstream,
    onChange: (state) => {
      app.log.info({ upstream: state.state, error: state.lastError }, 'upstream state changed');
      if (state.state === 'up') kickReplay();
    },
  });
  const knowledge = createIdempotencyKnowledge(options.db, upstream);
  let asking = false;
  const context: RelayContext = {
    db: options.db,
    upstream,
    upstreamUrl: options.upstream.baseUrl,
    ...createContextParts(options.db),
    idempotencyHonoured: knowledge.current,
    learnIdempotency: (token, eventId) => {
      if (knowledge.current() === null && !asking) {
        asking = true;
        void knowledge.ensure(token, eventId).finally(() => (asking = false));
      }
    },
    kickReplay,
  };
  replayer = createReplayer(context, knowledge.ensure);
  app.decorate('relay', { ...context, replayer });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  installHttpHeaders(app, { https });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) void reply.header('access-control-expose-headers', EXPOSED);
    return payload;
  });
  const fallback = options.staticDir ? await registerStatic(app, options.staticDir) : undefined;
  installErrorHandling(app, fallback);
  app.get('/healthz', async () => ({ status: 'ok', upstream: upstream.state().state }));
  registerStatus(app, context, () => replayer.progress());
  registerRedeem(app, context);
  registerPassthrough(app, context);

  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    context.ledger.recoverAfterRestart();
    void upstream.probe().then((up) => up && kickReplay());
    const every = options.replayEveryMs ?? 5_000;
    if (every > 0) {
      timer = setInterval(() => context.upstream.isUp() && kickReplay(), every);
      timer.unref();
    }
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    upstream.close();
  });
  return app;
}
