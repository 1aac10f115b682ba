/** Reads the relay's status answer (openapi/relay.yaml RelayStatusDto) with the contract's tolerant reading. */
import type { components } from '../../lib/api/relay.gen';
import { vRelayStatusDto } from '../../lib/api/relay.schemas.gen';
import { readWith, tolerant, type Tolerant } from '../../lib/api/tolerant-schema';

type RelaySchemas = components['schemas'];

export type ScanSide = Tolerant<RelaySchemas['RelayScanSideDto']>;
export type ProblemScan = Tolerant<RelaySchemas['RelayProblemScanDto']>;
export type DoorCount = Tolerant<RelaySchemas['RelayDoorCountDto']>;
export type SeenDevice = Tolerant<RelaySchemas['RelayDeviceDto']>;
export type RelayStatus = Tolerant<RelaySchemas['RelayStatusDto']>;

const relayStatus = tolerant(vRelayStatusDto);

/** The status, or null when the answer is not a relay status at all. */
export function parseRelayStatus(value: unknown): RelayStatus | null {
  return readWith(relayStatus, value);
}
