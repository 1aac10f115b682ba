/**
 * `npm start`: builds the app when needed, starts the sandbox and prints how to use it.
 * Flags: --port (8787; 8788 for the relay), --host (127.0.0.1; 0.0.0.0 with --https), --data (.data), --reset, --https.
 * `--relay <upstream API URL>` starts the venue relay instead of the sandbox (server/relay/).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildWithVite, needsBuild } from './build-app.ts';
import { lanAddresses } from './https-cert.ts';
import { runRelay } from './relay/run-relay.ts';
import { startSandbox } from './sandbox.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string', default: join(ROOT, '.data') },
    reset: { type: 'boolean', default: false },
    https: { type: 'boolean', default: false },
    relay: { type: 'string' },
  },
});

// The relay defaults to the port beside the sandbox's, so both run on one laptop for a demo.
const portText = values.port ?? (values.relay === undefined ? '8787' : '8788');
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${portText}".`);
  process.exit(2);
}

if (needsBuild(ROOT)) {
  console.log('Building the app (dist/ is missing or older than its sources)…');
  if (!buildWithVite(ROOT)) {
    console.error(
      'The app build failed (see above). The API still starts; the app is served from the last build, if any.',
    );
  }
}

const staticDir = join(ROOT, 'dist');
const servedApp = existsSync(join(staticDir, 'index.html')) ? staticDir : undefined;
if (values.relay !== undefined) {
  await runRelay({ ...values, upstream: values.relay, port, staticDir: servedApp });
} else {
  await runSandbox();
}

async function runSandbox(): Promise<void> {
  const sandbox = await startSandbox({
    port,
    host: values.host,
    dataDir: values.data,
    reset: values.reset,
    https: values.https,
    staticDir: servedApp,
  });

  console.log(`App: ${sandbox.appUrl}/`);
  console.log(`API: ${sandbox.apiUrl}`);
  console.log(`Admin token: ${sandbox.adminToken}`);
  console.log(`Door token: ${sandbox.doorToken}`);
  console.log(`Tickets to print: ${sandbox.ticketsPage}`);
  if (values.https && (values.host ?? '0.0.0.0') === '0.0.0.0') {
    for (const address of lanAddresses()) console.log(`On your phone: https://${address}:${sandbox.port}/`);
  }

  let closing = false;
  async function shutdown(signal: string): Promise<void> {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down.`);
    await sandbox.close();
    process.exit(0);
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
