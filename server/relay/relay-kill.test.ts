/**
 * The relay as its own process, killed with SIGKILL mid-outage: what it acknowledged survives in its
 * ledger, and after a restart the replay reaches upstream exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../tests/support/fault-proxy.ts';
import { sandboxApi } from '../../tests/support/sandbox-api.ts';
import { startSandbox, type RunningSandbox } from '../sandbox.ts';

let sandbox: RunningSandbox;
let proxy: FaultProxy;
const dirs: string[] = [];
const children: ChildProcess[] = [];

function startChild(upstream: string, dataDir: string): Promise<{ child: ChildProcess; apiUrl: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'relay-child.ts'), upstream, dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const parsed: unknown = JSON.parse(line);
      const apiUrl = parsed && typeof parsed === 'object' && 'apiUrl' in parsed ? String(parsed.apiUrl) : '';
      resolve({ child, apiUrl });
    });
    child.once('exit', (code) => reject(new Error(`relay process exited early (${code})`)));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    // The whole process group, so nothing of the relay survives to flush anything.
    process.kill(-child.pid!, 'SIGKILL');
  });
}

beforeAll(async () => {
  const sandboxDir = mkdtempSync(join(tmpdir(), 'caldasa-kill-upstream-'));
  dirs.push(sandboxDir);
  sandbox = await startSandbox({ port: 0, dataDir: sandboxDir, quiet: true });
  proxy = await startFaultProxy(sandbox.apiUrl);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await proxy.close();
  await sandbox.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

it(
  'keeps every offline scan it acknowledged through kill -9, and replays each upstream exactly once',
  { timeout: 60_000 },
  async () => {
    const direct = sandboxApi({ apiUrl: sandbox.apiUrl, adminToken: sandbox.adminToken });
    const { eventId, ticketTypeId } = await direct.openEvent({ name: 'Kill night' });
    const { tickets } = await direct.purchase(eventId, ticketTypeId, 5, 'Kill guest');
    const dataDir = mkdtempSync(join(tmpdir(), 'caldasa-kill-relay-'));
    dirs.push(dataDir);
    const device = {
      authorization: `Bearer ${sandbox.doorToken}`,
      'caldasa-device-id': 'kill-device',
      'caldasa-device-name': 'Phone%20at%20Gate',
      'content-type': 'application/json',
    };

    const first = await startChild(proxy.url, dataDir);
    expect((await fetch(`${first.apiUrl}/tenant`, { headers: device })).status).toBe(200);
    proxy.cut();
    const outcomes: string[] = [];
    for (const ticket of tickets) {
      const answer = await fetch(`${first.apiUrl}/tickets/redeem`, {
        method: 'POST',
        headers: device,
        body: JSON.stringify({ bookableEventId: eventId, token: ticket.token, door: 'Gate' }),
      });
      outcomes.push(((await answer.json()) as { outcome: string }).outcome);
    }
    expect(outcomes).toEqual(Array(5).fill('AcceptedOffline'));
    await killHard(first.child);
    proxy.restore();

    const second = await startChild(proxy.url, dataDir);
    // The relay keeps no token on disk: the device's next contact lets it replay that sign-in's scans.
    expect((await fetch(`${second.apiUrl}/tenant`, { headers: device })).status).toBe(200);
    const deadline = Date.now() + 15_000;
    let redeemed = 0;
    while (Date.now() < deadline && redeemed < 5) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      redeemed = (await direct.scanAudit(eventId)).filter((e) => e.outcome === 'Redeemed').length;
    }
    expect(redeemed).toBe(5);
    // A second restart finds nothing left to send: still exactly one redemption per ticket.
    process.kill(-second.child.pid!, 'SIGKILL');
    const third = await startChild(proxy.url, dataDir);
    await fetch(`${third.apiUrl}/tenant`, { headers: device });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const audit = await direct.scanAudit(eventId);
    expect(audit.filter((e) => e.outcome === 'Redeemed')).toHaveLength(5);
    expect(audit.filter((e) => e.outcome !== 'Redeemed')).toHaveLength(0);
    const status = await fetch(`${third.apiUrl}/_relay/status`, { headers: device });
    const body = (await status.json()) as { replay: { confirmed: number; waiting: number } };
    expect(body.replay).toMatchObject({ confirmed: 5, waiting: 0 });
    process.kill(-third.child.pid!, 'SIGKILL');
  },
);
