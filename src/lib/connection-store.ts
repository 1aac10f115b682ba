/**
 * Client state for the connection: which API the device talks to and with which token. Persisted on the
 * device so a reload (or a cold start offline) comes back connected. Server data (the tenant) is not kept
 * here; it lives in the query cache.
 */
import { create } from 'zustand';
import { minLength, object, optional, pipe, readWith, string } from './api/tolerant-schema';
import { parsers, readSetting, removeSetting, writeSetting } from './local-settings';

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
  /**
   * The server this device signed out of. The scan journal is untouched by a sign-out: scans still
   * waiting belong to this server and are sent after the next sign-in to it.
   */
  signedOutFrom: string | null;
  /** Signs in; returns the stored credentials with their new sign-in id. */
  connect: (credentials: Omit<Credentials, 'signInId'>) => Credentials;
  /** Forgets the token only; the journal and its waiting scans stay on the device. */
  signOut: () => void;
  markTokenRejected: () => void;
}

const KEY = 'connection';
const SIGNED_OUT_KEY = 'signed-out-from';

const filled = () => pipe(string(), minLength(1));
const storedCredentials = object({ baseUrl: filled(), token: filled(), signInId: optional(string()) });

function parseCredentials(raw: unknown): Credentials | null {
  const stored = readWith(storedCredentials, raw);
  if (!stored) return null;
  const { baseUrl, token, signInId } = stored;
  if (signInId) return { baseUrl, token, signInId };
  // Stored without one (an older version, or provisioned from outside): a sign-in of its own, kept.
  const credentials = { baseUrl, token, signInId: crypto.randomUUID() };
  writeSetting(KEY, credentials);
  return credentials;
}

export const useConnectionStore = create<ConnectionState>((set) => ({
  credentials: readSetting(KEY, parseCredentials),
  tokenRejected: false,
  signedOutFrom: readSetting(SIGNED_OUT_KEY, parsers.string),
  connect: (given) => {
    const credentials = { baseUrl: given.baseUrl, token: given.token, signInId: crypto.randomUUID() };
    writeSetting(KEY, credentials);
    removeSetting(SIGNED_OUT_KEY);
    set({ credentials, tokenRejected: false, signedOutFrom: null });
    return credentials;
  },
  signOut: () =>
    set((state) => {
      const signedOutFrom = state.credentials?.baseUrl ?? state.signedOutFrom;
      removeSetting(KEY);
      if (signedOutFrom) writeSetting(SIGNED_OUT_KEY, signedOutFrom);
      return { credentials: null, tokenRejected: false, signedOutFrom };
    }),
  markTokenRejected: () => set({ tokenRejected: true }),
}));
