import { useId, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createCaldasaClient, type ApiFailure } from '../../lib/api/api-client';
import { useConnectionStore } from '../../lib/connection-store';
import { useWaitingScans } from '../../lib/use-waiting-scans';
import { defaultBaseUrl, normaliseBaseUrl } from './base-url';
import { getTenant, tenantKeys } from './get-tenant';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  rejected: {
    id: 'connect.rejected',
    defaultMessage:
      'The server rejected this token. Check that it was copied whole and has not been revoked.',
  },
  notFound: {
    id: 'connect.notFound',
    defaultMessage: 'Nothing answers at that address. Check the API address; it usually ends in /api.',
  },
  refused: { id: 'connect.refused', defaultMessage: 'The server refused the connection: {reason}' },
  timeout: {
    id: 'connect.timeout',
    defaultMessage: 'The server did not answer within 5 seconds. Check the address and the network.',
  },
  waitingNote: {
    id: 'connect.waitingNote',
    defaultMessage:
      '{count, plural, one {# scan} other {# scans}} from this device still wait to be sent to {server}. Sign in to that server again and they are sent straight away.',
  },
  heldFor: {
    id: 'connect.heldFor',
    defaultMessage:
      '{count, plural, one {# scan still waits} other {# scans still wait}} for {server}. Sign in to that server first, so they are not lost.',
  },
  enterToken: {
    id: 'connect.enterToken',
    defaultMessage: 'Enter the API token you were given for this device.',
  },
  intro: { id: 'connect.intro', defaultMessage: 'Connect this device to your Caldasa account.' },
  address: { id: 'connect.address', defaultMessage: 'API address' },
  token: { id: 'connect.token', defaultMessage: 'API token' },
  checking: { id: 'connect.checking', defaultMessage: 'Checking…' },
  connect: { id: 'connect.connect', defaultMessage: 'Connect' },
});

function messageFor(failure: ApiFailure): string {
  if (failure.kind === 'http' && failure.status === 401) {
    return t(messages.rejected);
  }
  if (failure.kind === 'http' && failure.status === 404) {
    return t(messages.notFound);
  }
  if (failure.kind === 'http') return t(messages.refused, { reason: failure.message });
  if (failure.kind === 'timeout') return t(messages.timeout);
  return `${failure.message}`;
}

/** Scans made before a sign-out wait for that server; they must never be sent to another one. */
function WaitingScansNote({ server, waiting }: { server: string; waiting: number }) {
  return (
    <p className="notice" data-testid="waiting-scans-note">
      {t(messages.waitingNote, { count: waiting, server })}
    </p>
  );
}

/** Connect this device to a Caldasa API with an address and a token, checked with GET /tenant. */
export function ConnectScreen({ reason }: { reason?: string }) {
  const previous = useConnectionStore((state) => state.credentials);
  const signedOutFrom = useConnectionStore((state) => state.signedOutFrom);
  const connect = useConnectionStore((state) => state.connect);
  const waiting = useWaitingScans() ?? 0;
  const heldFor = waiting > 0 ? (previous?.baseUrl ?? signedOutFrom) : null;
  const queryClient = useQueryClient();
  const [baseUrl, setBaseUrl] = useState(
    previous?.baseUrl ?? signedOutFrom ?? defaultBaseUrl(window.location.origin),
  );
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const errorId = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const url = normaliseBaseUrl(baseUrl);
    if (!url.ok) return setError(url.message);
    if (heldFor && url.url !== heldFor) {
      return setError(t(messages.heldFor, { count: waiting, server: heldFor }));
    }
    if (token.trim() === '') return setError(t(messages.enterToken));
    setChecking(true);
    setError(null);
    const result = await getTenant(createCaldasaClient(url.url, token.trim()));
    setChecking(false);
    if (!result.ok) return setError(messageFor(result.failure));
    // The role is the one just read for this token, under the new sign-in's key.
    const signedIn = connect({ baseUrl: url.url, token: token.trim() });
    queryClient.setQueryData(tenantKeys.current(signedIn.baseUrl, signedIn.signInId), result.data);
  }

  return (
    <main className="connect">
      <h1>Caldasa Door</h1>
      {reason ? <p className="notice">{reason}</p> : <p>{t(messages.intro)}</p>}
      {heldFor && <WaitingScansNote server={heldFor} waiting={waiting} />}
      <form onSubmit={onSubmit} aria-describedby={error ? errorId : undefined} noValidate>
        <label>
          {t(messages.address)}
          <input
            type="url"
            inputMode="url"
            autoComplete="url"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
          />
        </label>
        <label>
          {t(messages.token)}
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        {error && (
          <p id={errorId} role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={checking}>
          {t(checking ? messages.checking : messages.connect)}
        </button>
      </form>
    </main>
  );
}
