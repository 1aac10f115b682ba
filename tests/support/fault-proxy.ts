/**
 * A small TCP proxy for tests and benchmarks, on 127.0.0.1 with a free port, that can cut the line: `cut()`
 * drops every open connection and refuses new ones (reset at once), `restore()` lets traffic through again.
 * It stands between the relay and its upstream, so "the venue's internet is down" is real sockets failing.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FaultProxy {
  /** The proxy's base URL with the target's path, e.g. http://127.0.0.1:PORT/api. */
  url: string;
  port: number;
  cut(): void;
  restore(): void;
  isCut(): boolean;
  close(): Promise<void>;
}

/** Starts a proxy to `targetUrl` (http://host:port/path); the returned url keeps the path. */
export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let cut = false;
  const server: Server = createServer((client) => {
    if (cut) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    // Nagle off on both legs, or small writes wait for ACKs and the proxy adds tens of milliseconds.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, '')}`,
    port,
    cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    restore() {
      cut = false;
    },
    isCut: () => cut,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
