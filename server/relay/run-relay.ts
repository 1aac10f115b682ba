/** `npm start -- --relay <url>`: starts the relay, prints where phones connect and what it relays to. */
import { lanAddresses } from '../https-cert.ts';
import { checkUpstreamUrl, startRelay } from './start-relay.ts';

export interface RelayCommand {
  upstream: string;
  port: number;
  host?: string;
  data: string;
  https: boolean;
  staticDir?: string;
}

export async function runRelay(command: RelayCommand): Promise<void> {
  const problem = checkUpstreamUrl(command.upstream);
  if (problem) {
    console.error(
      `--relay needs the upstream Caldasa API address; "${command.upstream}" will not do: ${problem}.`,
    );
    process.exit(2);
  }
  const relay = await startRelay({
    upstream: command.upstream,
    port: command.port,
    host: command.host,
    dataDir: command.data,
    https: command.https,
    staticDir: command.staticDir,
  });
  console.log(`Venue relay for: ${relay.upstream}`);
  console.log(`App: ${relay.appUrl}/`);
  console.log(`API (give this to the door devices): ${relay.apiUrl}`);
  console.log(`Door lead's page: ${relay.appUrl}/relay`);
  if (command.https && (command.host ?? '0.0.0.0') === '0.0.0.0') {
    for (const address of lanAddresses())
      console.log(`On the phones, API: https://${address}:${relay.port}/api`);
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down the relay.`);
    await relay.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
