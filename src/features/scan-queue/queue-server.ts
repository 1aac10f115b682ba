/** The queue's server for the stored credentials: session, idempotency check and send, over one client. */
import { createCaldasaClient } from '../../lib/api/api-client';
import type { Credentials } from '../../lib/connection-store';
import { idempotencyAccepted } from './idempotency-probe';
import { fetchQueueSession } from './queue-session';
import { sendScan } from './send-scan';
import type { QueueServer } from './sync-engine';

export function createQueueServer(
  credentials: Pick<Credentials, 'baseUrl' | 'token'>,
  now: () => Date = () => new Date(),
): QueueServer {
  const client = createCaldasaClient(credentials.baseUrl, credentials.token);
  return {
    session: () => fetchQueueSession(client, now),
    idempotencyAccepted: (eventId) => idempotencyAccepted(client, credentials.baseUrl, eventId),
    send: (fact) => sendScan(client, fact),
  };
}
