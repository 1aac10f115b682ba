/**
 * A venue relay for an end-to-end test: in front of the test sandbox through a TCP fault proxy (so a test
 * can cut the relay's line to Caldasa), serving the built app, with the short timeouts a compressed outage
 * needs. One per spec file; `close` stops both and removes its data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRelay, type RunningRelay } from '../../server/relay/start-relay.ts';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';

export interface TestRelay {
  proxy: FaultProxy;
  relay: RunningRelay;
  close(): Promise<void>;
}

export async function startTestRelay(name: string): Promise<TestRelay> {
  const proxy = await startFaultProxy(process.env.SANDBOX_API_URL!);
  const dataDir = mkdtempSync(join(tmpdir(), `caldasa-e2e-${name}-`));
  const relay = await startRelay({
    upstream: proxy.url,
    dataDir,
    port: 0,
    staticDir: 'dist',
    quiet: true,
    timeoutMs: 800,
    probeMinMs: 50,
    probeMaxMs: 300,
    replayEveryMs: 200,
  });
  return {
    proxy,
    relay,
    async close() {
      await relay.close();
      await proxy.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
