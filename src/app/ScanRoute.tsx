import { useTenant } from '../features/connection/get-tenant';
import { useConnectionStore } from '../lib/connection-store';
import { Link } from './router';

/** The door screen. The scanner feature fills this in; until connected data arrives it shows the tenant. */
export function ScanRoute() {
  const tenant = useTenant();
  const disconnect = useConnectionStore((state) => state.disconnect);
  return (
    <main className="scan-route">
      <header className="topbar">
        <strong>{tenant.data?.name ?? 'Connecting…'}</strong>
        <nav aria-label="Main">
          <Link href="/admin">Back office</Link>
          <button type="button" onClick={disconnect}>
            Disconnect
          </button>
        </nav>
      </header>
    </main>
  );
}
