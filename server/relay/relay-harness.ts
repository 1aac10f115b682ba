/**
 * For relay tests: a real sandbox as upstream, a fault proxy between it and the relay (to cut the line),
 * and the relay itself, all on 127.0.0.1 with free ports and fresh data directories.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy, type FaultProxy } from '../../tests/support/fault-proxy.ts';
import { sandboxApi, type SandboxApi } from '../../tests/support/sandbox-api.ts';
import { startSandbox, type RunningSandbox } from '../sandbox.ts';
import { startRelay, type RelayOptions, type RunningRelay } from './start-relay.ts';

export interface Device {
  id: string;
  name: string;
  token: string;
}

export interface RelayCall {
  status: number;
  headers: Headers;
  // Tests read arbitrary answer fields.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface RelayRig {
  sandbox: RunningSandbox;
  proxy: FaultProxy;
  relay: RunningRelay;
  relayDataDir: string;
  /** The sandbox's API straight (admin token), for setting up events and reading the audit. */
  direct: SandboxApi;
  call(
    device: Device | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<RelayCall>;
  redeem(
    device: Device,
    eventId: string,
    token: string,
    door: string,
    headers?: Record<string, string>,
  ): Promise<RelayCall>;
  /** Polls until `check` holds (replay runs in the background). */
  until(check: () => Promise<boolean>, what: string, timeoutMs?: number): Promise<void>;
  startRelayAgain(): Promise<void>;
  close(): Promise<void>;
}

export const FAST_RELAY: Partial<RelayOptions> = {
  timeoutMs: 800,
  probeMinMs: 20,
  probeMaxMs: 100,
  replayEveryMs: 100,
  quiet: true,
};

export async function startRelayRig(options: Partial<RelayOptions> = {}): Promise<RelayRig> {
  const sandboxDir = mkdtempSync(join(tmpdir(), 'caldasa-relay-upstream-'));
  const relayDataDir = mkdtempSync(join(tmpdir(), 'caldasa-relay-'));
  const sandbox = await startSandbox({ port: 0, dataDir: sandboxDir, quiet: true });
  const proxy = await startFaultProxy(sandbox.apiUrl);
  const relayOptions = { ...FAST_RELAY, ...options, upstream: proxy.url, dataDir: relayDataDir, port: 0 };
  let relay = await startRelay(relayOptions);
  const direct = sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken });

  async function call(
    device: Device | null,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<RelayCall> {
    const response = await fetch(`${relay.apiUrl}${path}`, {
      method,
      headers: {
        ...(device
          ? {
              authorization: `Bearer ${device.token}`,
              'caldasa-device-id': device.id,
              'caldasa-device-name': encodeURIComponent(device.name),
            }
          : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // CSV and other text stays text.
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  return {
    sandbox,
    proxy,
    get relay() {
      return relay;
    },
    relayDataDir,
    direct,
    call,
    redeem: (device, eventId, token, door, headers) =>
      call(device, 'POST', '/tickets/redeem', { bookableEventId: eventId, token, door }, headers),
    async until(check, what, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        if (await check()) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`Timed out waiting for ${what}`);
    },
    async startRelayAgain() {
      await relay.close();
      relay = await startRelay(relayOptions);
    },
    async close() {
      await relay.close();
      await proxy.close();
      await sandbox.close();
      rmSync(sandboxDir, { recursive: true, force: true });
      rmSync(relayDataDir, { recursive: true, force: true });
    },
  };
}
