/** Reads the relay's status answer (openapi/relay.yaml RelayStatusDto) without trusting its shape. */
import {
  asRecord,
  hasAllFields,
  readArrayOf,
  readNullableString,
  readNumber,
  readString,
  type JsonRecord,
} from '../../lib/api/read-json';

export interface ScanSide {
  scannedAt: string | null;
  door: string | null;
  deviceName: string | null;
  signIn: string | null;
}

export interface ProblemScan {
  scanId: string;
  state: string;
  outcome: string;
  holderName: string | null;
  venue: ScanSide;
  upstream: ScanSide;
}

export interface DoorCount {
  door: string;
  scans: number;
  admitted: number;
}

export interface SeenDevice {
  deviceId: string;
  deviceName: string;
  door: string | null;
  signIn: string | null;
  lastSeen: string;
}

export interface RelayStatus {
  upstream: { url: string; state: string; since: string; nextProbeAt: string | null };
  replay: {
    waiting: number;
    confirmed: number;
    conflicts: number;
    refusedAfterEntry: number;
    running: boolean;
    lastError: string | null;
  };
  problems: ProblemScan[];
  doors: DoorCount[];
  devices: SeenDevice[];
}

function side(value: unknown): ScanSide {
  const record = asRecord(value);
  return {
    scannedAt: readNullableString(record, 'scannedAt'),
    door: readNullableString(record, 'door'),
    deviceName: readNullableString(record, 'deviceName'),
    signIn: readNullableString(record, 'signIn'),
  };
}

function problem(value: unknown): ProblemScan | null {
  const record = asRecord(value);
  const fields = {
    scanId: readString(record, 'scanId'),
    state: readString(record, 'state'),
    outcome: readString(record, 'outcome'),
  };
  if (!hasAllFields(fields)) return null;
  return {
    ...fields,
    holderName: readNullableString(record, 'holderName'),
    venue: side(record?.venue),
    upstream: side(record?.upstream),
  };
}

function door(value: unknown): DoorCount | null {
  const record = asRecord(value);
  const fields = {
    door: readString(record, 'door'),
    scans: readNumber(record, 'scans'),
    admitted: readNumber(record, 'admitted'),
  };
  return hasAllFields(fields) ? fields : null;
}

function device(value: unknown): SeenDevice | null {
  const record = asRecord(value);
  const fields = {
    deviceId: readString(record, 'deviceId'),
    deviceName: readString(record, 'deviceName'),
    lastSeen: readString(record, 'lastSeen'),
  };
  if (!hasAllFields(fields)) return null;
  return {
    ...fields,
    door: readNullableString(record, 'door'),
    signIn: readNullableString(record, 'signIn'),
  };
}

function count(record: JsonRecord | undefined, key: string): number {
  return readNumber(record, key) ?? 0;
}

/** The status, or null when the answer is not a relay status at all. */
export function parseRelayStatus(value: unknown): RelayStatus | null {
  const record = asRecord(value);
  const upstream = asRecord(record?.upstream);
  const replay = asRecord(record?.replay);
  const url = readString(upstream, 'url');
  const state = readString(upstream, 'state');
  const since = readString(upstream, 'since');
  const problems = readArrayOf(record, 'problems', problem);
  const doors = readArrayOf(record, 'doors', door);
  const devices = readArrayOf(record, 'devices', device);
  if (!url || !state || !since || !replay || !problems || !doors || !devices) return null;
  return {
    upstream: { url, state, since, nextProbeAt: readNullableString(upstream, 'nextProbeAt') },
    replay: {
      waiting: count(replay, 'waiting'),
      confirmed: count(replay, 'confirmed'),
      conflicts: count(replay, 'conflicts'),
      refusedAfterEntry: count(replay, 'refusedAfterEntry'),
      running: replay.running === true,
      lastError: readNullableString(replay, 'lastError'),
    },
    problems,
    doors,
    devices,
  };
}
