/**
 * The one compact status line of every door screen: where this device scans (or which tool is open),
 * whether it is online, how many scans wait, and the device menu.
 */
import type { ReactNode } from 'react';
import { ConnectionState } from '../../features/check-in/ConnectionState';
import { PendingBadge } from '../../features/scan-queue/PendingBadge';
import { Link } from '../../lib/router';
import { DeviceMenu } from './DeviceMenu';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  queue: { id: 'header.queue', defaultMessage: 'Scan queue' },
});

export function DoorHeader({ children }: { children: ReactNode }) {
  return (
    <header className="door-status">
      {children}
      <ConnectionState />
      <Link href="/queue" aria-label={t(messages.queue)}>
        <PendingBadge />
      </Link>
      <DeviceMenu />
    </header>
  );
}

/** The status line's left part on a tool screen or during setup: its title. */
export function DoorTitle({ children }: { children: ReactNode }) {
  return (
    <span className="door-status__title" data-fits="ellipsis">
      {children}
    </span>
  );
}
