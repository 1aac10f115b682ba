import { useState } from 'react';
import { SignOutDialog } from './SignOutDialog';
import { Link } from '../lib/router';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  title: { id: 'bo.doorToken.title', defaultMessage: 'This device can only scan' },
  text: {
    id: 'bo.doorToken.text',
    defaultMessage:
      'This device is signed in with a door token, which can only scan. Sign in with an admin token to manage events.',
  },
  back: { id: 'bo.doorToken.back', defaultMessage: 'Back to the scanner' },
  other: { id: 'bo.doorToken.other', defaultMessage: 'Sign in as someone else' },
});

/** What a door device sees in the back office: why it cannot manage events, the way back, another sign-in. */
export function DoorTokenScreen() {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <section className="bo-door-token" aria-labelledby="door-token-title">
      <h1 id="door-token-title" tabIndex={-1}>
        {t(messages.title)}
      </h1>
      <p>{t(messages.text)}</p>
      <div className="bo-actions">
        <Link className="bo-button" href="/">
          {t(messages.back)}
        </Link>
        <button type="button" onClick={() => setSigningOut(true)}>
          {t(messages.other)}
        </button>
      </div>
      {signingOut && <SignOutDialog onClose={() => setSigningOut(false)} />}
    </section>
  );
}
