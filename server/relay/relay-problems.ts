/** The relay's own refusals, as problem details (the same shape the sandbox and Caldasa use). */
import { ApiProblem } from '../problems.ts';

export const noToken = (): ApiProblem =>
  new ApiProblem(401, 'Send an API token as "Authorization: Bearer <token>".');

export const unknownSignInOffline = (): ApiProblem =>
  new ApiProblem(
    401,
    'The Caldasa API cannot be reached, and this venue relay has not seen this sign-in accepted before, so it cannot check it offline. Use a token this device signed in with while the API was reachable, or wait until it answers again.',
  );

/**
 * No Retry-After: the relay is up and decides redeems itself. A door app honours a server's Retry-After for
 * all its requests, so one uncached read (an event list, the idempotency probe) would otherwise hold back
 * the next guest's scan for five seconds and turn the venue's first-scan-wins into a device-local guess.
 */
export const needsUpstream = (): ApiProblem =>
  new ApiProblem(
    503,
    'The Caldasa API cannot be reached from the venue relay, and this request needs it (no cached answer). Try again when the relay shows the API as reachable.',
  );

export const keyReused = (): ApiProblem =>
  new ApiProblem(
    422,
    'This Idempotency-Key was already used with a different request body. Use a new key for a new request.',
  );

export const keyInFlight = (): ApiProblem =>
  new ApiProblem(
    409,
    'A request with this Idempotency-Key is still being answered. Retry in a moment.',
    undefined,
    {
      'Retry-After': '1',
    },
  );

export const notASignIn = (): ApiProblem =>
  new ApiProblem(
    401,
    'The venue relay shows its status only to sign-ins it has seen accepted by the Caldasa API. Sign in on a door device first.',
  );
