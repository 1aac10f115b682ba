import { useState } from 'react';
import { SignOutDialog } from './SignOutDialog';
import { Link } from '../lib/router';

/** What a door device sees in the back office: why it cannot manage events, the way back, another sign-in. */
export function DoorTokenScreen() {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <section className="bo-door-token" aria-labelledby="door-token-title">
      <h1 id="door-token-title" tabIndex={-1}>
        This device can only scan
      </h1>
      <p>
        This device is signed in with a door token, which can only scan. Sign in with an admin token to manage
        events.
      </p>
      <div className="bo-actions">
        <Link className="bo-button" href="/">
          Back to the scanner
        </Link>
        <button type="button" onClick={() => setSigningOut(true)}>
          Sign in as someone else
        </button>
      </div>
      {signingOut && <SignOutDialog onClose={() => setSigningOut(false)} />}
    </section>
  );
}
