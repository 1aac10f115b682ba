import { Link } from '../router';

/** The back office: events, ticket types, orders and sales. Loaded on demand. */
export default function BackOfficeApp() {
  return (
    <main className="backoffice">
      <h1>Back office</h1>
      <Link href="/">Back to the scanner</Link>
    </main>
  );
}
