/**
 * A relay in its own process, for tests and benchmarks that must kill it (`kill -9`) or keep its work off
 * the caller's event loop. Usage: `tsx server/relay/relay-child.ts <upstream> <dataDir>`; prints one JSON
 * line `{ "apiUrl": … }` once it listens on a free port of 127.0.0.1. Short timeouts suit a test's
 * compressed outage.
 */
import { startRelay } from './start-relay.ts';

const [upstream, dataDir] = process.argv.slice(2);
if (!upstream || !dataDir) {
  console.error('usage: relay-child.ts <upstream API URL> <data dir>');
  process.exit(2);
}
const relay = await startRelay({
  upstream,
  dataDir,
  port: 0,
  quiet: true,
  timeoutMs: 800,
  probeMinMs: 20,
  probeMaxMs: 200,
  replayEveryMs: 100,
});
process.stdout.write(`${JSON.stringify({ apiUrl: relay.apiUrl })}\n`);
process.on('SIGTERM', () => void relay.close().then(() => process.exit(0)));
