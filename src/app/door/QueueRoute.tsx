/** The queue screen with what it needs to know about events: names and zones from the cached events. */
import { useMemo } from 'react';
import { useDoorSetupStore } from '../../features/event-setup/door-setup-store';
import { useDoorEvent } from '../../features/event-setup/get-event';
import { usePublishedEvents, type DoorEvent } from '../../features/event-setup/list-events';
import type { QueueEvents } from '../../features/scan-queue/format';
import { QueueScreen } from '../../features/scan-queue/QueueScreen';
import { deviceTimeZone } from '../../lib/event-time';

function queueEvents(known: DoorEvent[], current: DoorEvent | undefined): QueueEvents {
  const byId = new Map(known.map((event) => [event.id, event]));
  if (current) byId.set(current.id, current);
  const fallbackZone = current?.timeZone ?? deviceTimeZone();
  return {
    nameOf: (eventId) => byId.get(eventId)?.name ?? null,
    zoneOf: (eventId) => (eventId ? byId.get(eventId)?.timeZone : undefined) ?? fallbackZone,
  };
}

export default function QueueRoute() {
  const eventId = useDoorSetupStore((state) => state.eventId);
  const current = useDoorEvent(eventId).data;
  const published = usePublishedEvents().data;
  const events = useMemo(() => queueEvents(published ?? [], current), [published, current]);
  return <QueueScreen events={events} />;
}
