/** The relay's parts, built once per relay and shared by its routes and its replay worker. */
import type { FastifyRequest } from 'fastify';
import { createAnswerCache, type AnswerCache } from './answer-cache.ts';
import { createDevices, deviceFrom, type Device, type Devices } from './devices.ts';
import { createLedger, type Ledger } from './ledger.ts';
import type { RelayDb } from './ledger-db.ts';
import { bearerToken, createSignIns, hashToken, type SignIn, type SignIns } from './sign-ins.ts';
import type { Upstream } from './upstream.ts';

export interface RelayContext {
  db: RelayDb;
  upstream: Upstream;
  upstreamUrl: string;
  ledger: Ledger;
  signIns: SignIns;
  cache: AnswerCache;
  devices: Devices;
  /** Whether upstream has shown it honours Idempotency-Key on redeem; null until asked. */
  idempotencyHonoured: () => boolean | null;
  /** Asks upstream about Idempotency-Key in the background (once), so later forwards can carry keys. */
  learnIdempotency: (token: string, eventId: string) => void;
  /** Wakes the replay worker (upstream is back, or there is new work). */
  kickReplay: () => void;
}

export interface Caller {
  token: string | null;
  tokenHash: string | null;
  signIn: SignIn | undefined;
  device: Device | null;
}

export function createContextParts(db: RelayDb) {
  return {
    ledger: createLedger(db),
    signIns: createSignIns(db),
    cache: createAnswerCache(db),
    devices: createDevices(db),
  };
}

/** Who is calling: the sign-in (by token hash) and the device, as far as the request says. */
export function callerOf(context: RelayContext, request: FastifyRequest, door: string | null = null): Caller {
  const token = bearerToken(request.headers.authorization);
  const tokenHash = token ? hashToken(token) : null;
  const signIn = tokenHash ? context.signIns.find(tokenHash) : undefined;
  const device = deviceFrom(request.headers);
  if (device) context.devices.seen(device, signIn?.tenantId ?? null, signIn?.displayName ?? null, door);
  return { token, tokenHash, signIn, device };
}
