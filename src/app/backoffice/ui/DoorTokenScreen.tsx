import { Link } from '../../router';

/** What a door device sees in the back office: why it cannot manage events, and the way back. */
export function DoorTokenScreen() {
  return (
    <section className="bo-door-token" aria-labelledby="door-token-title">
      <h2 id="door-token-title" tabIndex={-1}>
        This device can only scan
      </h2>
      <p>
        This device is signed in with a door token, which can only scan. Sign in with an admin token to manage
        events.
      </p>
      <p>
        <Link href="/">Back to the scanner</Link>
      </p>
    </section>
  );
}
