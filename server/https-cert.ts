/**
 * A self-signed certificate for `npm start -- --https`, so phones on the LAN get a secure context
 * (the camera needs one). Created on first use and kept in the data directory; recreated when this
 * machine's LAN addresses are no longer all covered.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export const CERT_FILE = 'https-cert.json';

interface StoredCertificate {
  key: string;
  cert: string;
  addresses: string[];
}

/** The machine's non-internal IPv4 addresses. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

function isStored(value: unknown): value is StoredCertificate {
  return (
    typeof value === 'object' && value !== null && 'key' in value && 'cert' in value && 'addresses' in value
  );
}

/** The certificate for localhost and every LAN address, from `<dataDir>/https-cert.json`. */
export async function httpsCertificate(dataDir: string): Promise<{ key: string; cert: string }> {
  const file = join(dataDir, CERT_FILE);
  const addresses = ['127.0.0.1', ...lanAddresses()];
  if (existsSync(file)) {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isStored(stored) && addresses.every((a) => stored.addresses.includes(a))) return stored;
  }
  const altNames = [
    { type: 2 as const, value: 'localhost' },
    ...addresses.map((ip) => ({ type: 7 as const, ip })),
  ];
  const pems = await generate([{ name: 'commonName', value: 'Caldasa sandbox' }], {
    keySize: 2048,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  const certificate = { key: pems.private, cert: pems.cert, addresses };
  writeFileSync(file, JSON.stringify(certificate), { mode: 0o600 });
  return certificate;
}
