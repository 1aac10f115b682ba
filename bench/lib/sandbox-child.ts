/**
 * Runs a sandbox in its own process for the API benchmark, so the load generator and the server do not
 * share an event loop. Prints one JSON line with its URLs and tokens, then serves until SIGTERM.
 */
import { startSandbox } from '../../server/sandbox.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: sandbox-child <dataDir>');
// Each bench connection is a device far busier than a real one, so the per-token limit is lifted here.
const sandbox = await startSandbox({
  port: 0,
  dataDir,
  quiet: true,
  rateLimit: { burst: 1e9, refillPerSecond: 1e9 },
});
process.stdout.write(`${JSON.stringify({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken })}\n`);
process.on('SIGTERM', () => void sandbox.close().then(() => process.exit(0)));
