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
  /**
   * Names this sign-in (new on every connect), so server data cached for one sign-in (the tenant and the
   * token's role) is never shown to another: query keys carry it, and a new one clears the cache.
   */
  signInId: string;
}

interface ConnectionState {
  credentials: Credentials | null;
  /** Set when the server answered 401 to a stored token: the person must sign in again. */
  tokenRejected: boolean;
  /** Signs in; returns the stored credentials with their new sign-in id. */
  connect: (credentials: Omit<Credentials, 'signInId'>) => Credentials;
  disconnect: () => void;
  markTokenRejected: () => void;
}

const KEY = 'connection';

function parseCredentials(raw: unknown): Credentials | null {
  const record = asRecord(raw);
  const baseUrl = readString(record, 'baseUrl');
  const token = readString(record, 'token');
  if (!baseUrl || !token) return null;
  const stored = readString(record, 'signInId');
  if (stored) return { baseUrl, token, signInId: stored };
  // Stored without one (an older version, or provisioned from outside): a sign-in of its own, kept.
  const credentials = { baseUrl, token, signInId: crypto.randomUUID() };
  writeSetting(KEY, credentials);
  return credentials;
}

export const useConnectionStore = create<ConnectionState>((set) => ({
  credentials: readSetting(KEY, parseCredentials),
  tokenRejected: false,
  connect: (given) => {
    const credentials = { baseUrl: given.baseUrl, token: given.token, signInId: crypto.randomUUID() };
    writeSetting(KEY, credentials);
    set({ credentials, tokenRejected: false });
    return credentials;
  },
  disconnect: () => {
    removeSetting(KEY);
    set({ credentials: null, tokenRejected: false });
  },
  markTokenRejected: () => set({ tokenRejected: true }),
}));
