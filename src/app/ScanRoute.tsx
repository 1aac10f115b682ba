/**
 * The door: connection → event → door → scanning. Composes the scanner (reading codes), check-in (verdicts)
 * and event setup; those features never import each other.
 */
import { useCallback, useEffect, type ReactNode } from 'react';
import { ConnectScreen } from './door-chunks';
import { useTenant } from '../features/connection/get-tenant';
import { doorLabel } from '../lib/door-label';
import { MuteSwitch } from '../features/check-in/MuteSwitch';
import { SessionPanel } from '../features/check-in/SessionPanel';
import { useSessionStore } from '../features/check-in/session-store';
import { useCheckIn } from '../features/check-in/use-check-in';
import { VerdictAnnouncer } from '../features/check-in/VerdictAnnouncer';
import { useDoorSetupStore } from '../features/event-setup/door-setup-store';
import { useDoorEvent } from '../features/event-setup/get-event';
import type { DoorEvent } from '../features/event-setup/list-events';
import { VipLaneSwitch } from '../features/event-setup/VipLaneSwitch';
import type { NormalisedCode } from '../features/scanner/normalise-code';
import { Scanner, type CodeSource } from '../features/scanner/Scanner';
import { ConflictNotice } from '../features/scan-queue/ConflictNotice';
import { createQueueServer } from '../features/scan-queue/queue-server';
import { readOfflinePolicy } from '../lib/offline-policy';
import { useConnectionStore } from '../lib/connection-store';
import { DoorPicker, EventPicker, VerdictScreen } from './door-chunks';
import { Link } from '../lib/router';
import { DoorHeader, DoorTitle } from './door/DoorHeader';
import { VenueCount } from './door/VenueCount';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  signInAgain: {
    id: 'scan.signInAgain',
    defaultMessage:
      'The server no longer accepts this device’s token. Sign in again; scans already made are kept and sent afterwards.',
  },
  eventChange: { id: 'scan.eventChange', defaultMessage: 'Event: {name}. Change event' },
  doorChange: { id: 'scan.doorChange', defaultMessage: 'Door: {door}. Change door' },
  heading: { id: 'scan.heading', defaultMessage: 'Scanning for {event} at {door}' },
  checking: { id: 'scan.checking', defaultMessage: 'Checking…' },
  loadingEvent: { id: 'scan.loadingEvent', defaultMessage: 'Loading the event…' },
  eventFailed: { id: 'scan.eventFailed', defaultMessage: 'The event could not be loaded: {reason}' },
  tryAgain: { id: 'scan.tryAgain', defaultMessage: 'Try again' },
  otherEvent: { id: 'scan.otherEvent', defaultMessage: 'Choose another event' },
});

/** How often the scan screen refreshes the event, for the venue-wide check-in count. */
const EVENT_REFRESH_MS = 15_000;

function DoorPlace({ event, door }: { event: DoorEvent; door: string }) {
  const changeEvent = useDoorSetupStore((state) => state.changeEvent);
  const changeDoor = useDoorSetupStore((state) => state.changeDoor);
  return (
    <span className="door-status__place">
      <button
        type="button"
        data-fits="ellipsis"
        onClick={changeEvent}
        aria-label={t(messages.eventChange, { name: event.name })}
      >
        {event.name}
      </button>
      <button
        type="button"
        data-fits="ellipsis"
        onClick={changeDoor}
        aria-label={t(messages.doorChange, { door })}
      >
        {doorLabel(door)}
      </button>
    </span>
  );
}

/**
 * Settles once per server, as soon as a door opens on an event, whether redeems may carry an
 * Idempotency-Key, so live scans use it from the first one. The probe needs a real event, hence here
 * rather than at sign-in.
 */
function useIdempotencyProbe(eventId: string) {
  const credentials = useConnectionStore((state) => state.credentials);
  useEffect(() => {
    if (credentials) void createQueueServer(credentials).idempotencyAccepted(eventId);
  }, [credentials, eventId]);
}

function ScanScreen({ event, door }: { event: DoorEvent; door: string }) {
  const tenant = useTenant();
  useIdempotencyProbe(event.id);
  const lane = useDoorSetupStore((state) => state.vipLanes[door] ?? null);
  const checkIn = useCheckIn({ eventId: event.id, door, vipNote: lane ? lane.note : null });
  const current = useSessionStore((state) => state.current);
  const notice = useSessionStore((state) => state.notice);
  const checking = useSessionStore((state) => state.inFlight > 0);
  const dismiss = useSessionStore((state) => state.dismiss);
  const { submit, refuseUnsent } = checkIn;

  const onRead = useCallback(
    (code: NormalisedCode, source: CodeSource) => {
      if (code.ok) return submit(code.token, source);
      // A code was read but cannot be a ticket: a full verdict, so the guest is not waved through.
      if (code.reason === 'too-long') return refuseUnsent(code.raw, code.message, source);
      useSessionStore.getState().showNotice(code.message);
    },
    [submit, refuseUnsent],
  );

  return (
    <>
      <main className="scan-route scan-layout">
        <h1 className="visually-hidden">
          {t(messages.heading, { event: event.name, door: doorLabel(door) })}
        </h1>
        <Scanner onRead={onRead} overlay={<VenueCount eventId={event.id} refreshMs={EVENT_REFRESH_MS} />}>
          {checking && <p className="scan-checking">{t(messages.checking)}</p>}
          {notice && <p className="scan-notice">{notice}</p>}
          <ConflictNotice conflictsLink={(text) => <Link href="/queue">{text}</Link>} />
          <div className="switch-row">
            <MuteSwitch />
            <VipLaneSwitch door={door} />
          </div>
          <SessionPanel timeZone={event.timeZone} />
        </Scanner>
        <VerdictAnnouncer />
        {current && (
          <VerdictScreen
            shown={current}
            context={{
              timeZone: event.timeZone,
              doorsOpenAt: event.doorsOpenAt,
              currentUserId: tenant.data?.currentUser.id ?? null,
              offlinePolicy: readOfflinePolicy(),
            }}
            onDismiss={dismiss}
            onOverride={(note) => checkIn.override(current.result, note)}
          />
        )}
      </main>
    </>
  );
}

/**
 * The door screen: sign-in again, event and door setup, then scanning. The status line stays one element
 * through all of them, so a menu opened while the event loads stays open when the scan screen arrives.
 */
export function ScanRoute() {
  const tenant = useTenant();
  const view = useScanRouteView();
  return (
    <>
      <DoorHeader>
        {view.scanning ? (
          <DoorPlace event={view.scanning.event} door={view.scanning.door} />
        ) : (
          <DoorTitle>{tenant.data?.name ?? 'Caldasa Door'}</DoorTitle>
        )}
      </DoorHeader>
      {view.scanning ? (
        <ScanScreen event={view.scanning.event} door={view.scanning.door} />
      ) : (
        <main className="scan-route">{view.setup}</main>
      )}
    </>
  );
}

type ScanRouteView =
  { scanning: { event: DoorEvent; door: string }; setup?: never } | { scanning?: never; setup: ReactNode };

function useScanRouteView(): ScanRouteView {
  const tokenRejected = useConnectionStore((state) => state.tokenRejected);
  const eventId = useDoorSetupStore((state) => state.eventId);
  const door = useDoorSetupStore((state) => state.door);
  const changing = useDoorSetupStore((state) => state.changing);
  const changeEvent = useDoorSetupStore((state) => state.changeEvent);
  const event = useDoorEvent(eventId);

  if (tokenRejected) return { setup: <ConnectScreen reason={t(messages.signInAgain)} /> };
  if (!eventId || changing === 'event') return { setup: <EventPicker /> };
  if (event.isPending) return { setup: <p className="loading">{t(messages.loadingEvent)}</p> };
  if (event.isError) {
    return {
      setup: (
        <>
          <p role="alert" className="error">
            {t(messages.eventFailed, { reason: event.error.message })}
          </p>
          <p className="button-row">
            <button type="button" onClick={() => void event.refetch()}>
              {t(messages.tryAgain)}
            </button>
            <button type="button" onClick={changeEvent}>
              {t(messages.otherEvent)}
            </button>
          </p>
        </>
      ),
    };
  }
  if (!door || changing === 'door') return { setup: <DoorPicker eventName={event.data.name} /> };
  return { scanning: { event: event.data, door } };
}
