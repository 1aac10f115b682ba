/** Turns a failed read into the error TanStack Query keeps; a rejected token also blocks the door at once. */
import type { ApiFailure } from '../../lib/api/api-client';
import { useConnectionStore } from '../../lib/connection-store';

export function queryError(failure: ApiFailure): Error {
  if (failure.kind === 'http' && failure.status === 401) useConnectionStore.getState().markTokenRejected();
  return new Error(failure.message);
}
