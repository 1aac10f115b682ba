/**
 * Everything about the device behind one button, away from the scanning controls: the queue, readiness,
 * settings, the back office (admins only) and sign-out, which asks first.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTenant } from '../../features/connection/get-tenant';
import { Link, usePathname } from '../../lib/router';
import { SignOutDialog } from '../door-chunks';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  button: { id: 'menu.button', defaultMessage: 'Menu' },
  label: { id: 'menu.label', defaultMessage: 'Device' },
  scan: { id: 'menu.scan', defaultMessage: 'Scan' },
  queue: { id: 'menu.queue', defaultMessage: 'Scan queue and conflicts' },
  readiness: { id: 'menu.readiness', defaultMessage: 'Readiness' },
  settings: { id: 'menu.settings', defaultMessage: 'Settings' },
  relay: { id: 'menu.relay', defaultMessage: 'Venue relay' },
  backOffice: { id: 'menu.backOffice', defaultMessage: 'Back office' },
  signOut: { id: 'menu.signOut', defaultMessage: 'Sign out…' },
});

function useCloseOnOutside(open: boolean, root: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) close();
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, root, close]);
}

export function DeviceMenu() {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const pathname = usePathname();
  const isAdmin = useTenant().data?.currentUser.role === 'Admin';
  const close = () => setOpen(false);
  useCloseOnOutside(open, root, close);

  return (
    <div className="device-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t(messages.button)}
      </button>
      {open && (
        // A link chosen in the panel closes it (the click still navigates).
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
        <ul
          className="device-menu__panel"
          id={panelId}
          aria-label={t(messages.label)}
          onClick={(event) => event.target instanceof Element && event.target.closest('a') && close()}
        >
          {pathname !== '/' && (
            <li>
              <Link href="/">{t(messages.scan)}</Link>
            </li>
          )}
          <li>
            <Link href="/queue">{t(messages.queue)}</Link>
          </li>
          <li>
            <Link href="/readiness">{t(messages.readiness)}</Link>
          </li>
          <li>
            <Link href="/settings">{t(messages.settings)}</Link>
          </li>
          <li>
            <Link href="/relay">{t(messages.relay)}</Link>
          </li>
          {isAdmin && (
            <li>
              <Link href="/admin">{t(messages.backOffice)}</Link>
            </li>
          )}
          <li>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setSigningOut(true);
              }}
            >
              {t(messages.signOut)}
            </button>
          </li>
        </ul>
      )}
      {signingOut && <SignOutDialog onClose={() => setSigningOut(false)} />}
    </div>
  );
}
