/**
 * Client state for the connection: which API the device talks to and with which token. Persisted on the
 * device so a reload (or a cold start offline) comes back connected. Server data (the tenant) is not kept
 * here; it lives in the query cache.
 */
import { create } from 'zustand';
import { asRecord, readString } from './api/read-json';
import { readSetting, removeSetting, writeSetting } from './local-settings';

export interface Credentials {
  baseUrl: string;
  token: string;
}

interface ConnectionState {
  credentials: Credentials | null;
  /** Set when the server answered 401 to a stored token: the person must sign in again. */
  tokenRejected: boolean;
  connect: (credentials: Credentials) => void;
  disconnect: () => void;
  markTokenRejected: () => void;
}

const KEY = 'connection';

function parseCredentials(raw: unknown): Credentials | null {
  const record = asRecord(raw);
  const baseUrl = readString(record, 'baseUrl');
  const token = readString(record, 'token');
  return baseUrl && token ? { baseUrl, token } : null;
}

export const useConnectionStore = create<ConnectionState>((set) => ({
  credentials: readSetting(KEY, parseCredentials),
  tokenRejected: false,
  connect: (credentials) => {
    writeSetting(KEY, credentials);
    set({ credentials, tokenRejected: false });
  },
  disconnect: () => {
    removeSetting(KEY);
    set({ credentials: null, tokenRejected: false });
  },
  markTokenRejected: () => set({ tokenRejected: true }),
}));
