import { firstScannerWords, readDeviceId } from '../../lib/device-identity';
import { formatEventTime } from '../../lib/event-time';
import type { OfflinePolicy } from '../../lib/offline-policy';
import type { ScanFact } from '../../lib/scan-types';
import type { Verdict } from './verdict';
import { doorLabel } from '../../lib/door-label';
import { appLanguage } from '../../lib/app-locale';
import { formatAgo, formatUntil } from '../../lib/event-time';
import { offlinePolicyWords } from './verdict-presentation';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  used: { id: 'details.used', defaultMessage: 'Used {time}' },
  usedBefore: { id: 'details.usedBefore', defaultMessage: 'Used before' },
  unknownDoor: { id: 'details.unknownDoor', defaultMessage: 'unknown door' },
  scannedBy: { id: 'details.scannedBy', defaultMessage: 'Scanned by {who}.' },
  relayRecord: { id: 'details.relayRecord', defaultMessage: '(The venue relay’s record.)' },
  earlier: { id: 'details.earlier', defaultMessage: 'Already scanned on this device at {time} ({ago}).' },
  notOpen: { id: 'details.notOpen', defaultMessage: 'Doors are not open yet.' },
  doorsOpen: { id: 'details.doorsOpen', defaultMessage: 'Doors open {time} ({until})' },
  acceptedOffline: {
    id: 'details.acceptedOffline',
    defaultMessage:
      'No device at this venue has scanned this ticket before. Caldasa checks it when the venue’s internet is back.',
  },
  firstScanned: { id: 'details.firstScanned', defaultMessage: 'First scanned {time} at {door} ({ago}).' },
  stopGuest: {
    id: 'details.stopGuest',
    defaultMessage: 'That first scan is not verified yet. Stop the guest and ask who came in on it.',
  },
  needsAuth: {
    id: 'details.needsAuth',
    defaultMessage: 'The server no longer accepts this device. The scan is kept.',
  },
});

export interface VerdictContext {
  timeZone: string;
  doorsOpenAt: string | null;
  currentUserId: string | null;
  offlinePolicy: OfflinePolicy;
  now: Date;
}

function Holder({ name, type }: { name: string | null; type: string | null }) {
  if (!name && !type) return null;
  return (
    <p className="verdict-holder">
      {name && <strong>{name}</strong>}
      {name && type && ' · '}
      {type}
    </p>
  );
}

function AlreadyUsed({
  verdict,
  context,
}: {
  verdict: Verdict & { kind: 'already-used' };
  context: VerdictContext;
}) {
  const { answer } = verdict;
  const at = answer.previouslyRedeemedAt;
  const parts = [
    at
      ? t(messages.used, { time: formatEventTime(at, context.timeZone, context.now) })
      : t(messages.usedBefore),
    answer.previouslyRedeemedAtDoor ? doorLabel(answer.previouslyRedeemedAtDoor) : t(messages.unknownDoor),
    at ? formatAgo(at, context.now) : '',
  ].filter((part) => part !== '');
  // A shared door sign-in is not a device: name the device when the relay knows it, never "you".
  const who = firstScannerWords(answer, context.currentUserId, readDeviceId());
  const fromRelay = Boolean(answer.previouslyRedeemedByDeviceId);
  return (
    <>
      <p className="verdict-line">{parts.join(' · ')}</p>
      <p>
        {t(messages.scannedBy, { who })}
        {fromRelay && ` ${t(messages.relayRecord)}`}
      </p>
      <Holder name={answer.holderName} type={answer.ticketTypeName} />
    </>
  );
}

function EarlierScan({ scan, context }: { scan: ScanFact | null; context: VerdictContext }) {
  if (!scan) return null;
  const when = formatEventTime(scan.scannedAt, context.timeZone, context.now);
  return (
    <p className="verdict-line">
      {t(messages.earlier, { time: when, ago: formatAgo(scan.scannedAt, context.now) })}
    </p>
  );
}

function DoorsNotOpen({
  verdict,
  context,
}: {
  verdict: Verdict & { kind: 'doors-not-open' };
  context: VerdictContext;
}) {
  const opens = context.doorsOpenAt;
  if (!opens) return <p className="verdict-line">{verdict.answer.message ?? t(messages.notOpen)}</p>;
  const when = formatEventTime(opens, context.timeZone, context.now);
  return (
    <p className="verdict-line">
      {t(messages.doorsOpen, { time: when, until: formatUntil(opens, context.now) })}
    </p>
  );
}

/** The words under the verdict title: who, when, where and why. */
export function VerdictDetails(props: {
  verdict: Verdict;
  earlierLocalScan: ScanFact | null;
  context: VerdictContext;
}) {
  const { verdict, context } = props;
  switch (verdict.kind) {
    case 'admitted':
      return <Holder name={verdict.answer.holderName} type={verdict.answer.ticketTypeName} />;
    case 'accepted-offline':
      return (
        <>
          <p className="verdict-line">{t(messages.acceptedOffline)}</p>
          <p>{offlinePolicyWords(context.offlinePolicy)}</p>
          <Holder name={verdict.answer.holderName} type={verdict.answer.ticketTypeName} />
        </>
      );
    case 'already-used':
      return <AlreadyUsed verdict={verdict} context={context} />;
    case 'refused':
      return (
        <>
          <p className="verdict-line">{verdict.message}</p>
          {/* The Caldasa API explains in English: its extra sentence is shown only to an English door. */}
          {verdict.answer?.message &&
            verdict.answer.message !== verdict.message &&
            appLanguage() === 'en' && <p>{verdict.answer.message}</p>}
        </>
      );
    case 'doors-not-open':
      return <DoorsNotOpen verdict={verdict} context={context} />;
    case 'repeat-on-device':
      return (
        <>
          <p className="verdict-line">
            {t(messages.firstScanned, {
              time: formatEventTime(verdict.first.scannedAt, context.timeZone, context.now),
              door: doorLabel(verdict.first.door),
              ago: formatAgo(verdict.first.scannedAt, context.now),
            })}
          </p>
          <p>{t(messages.stopGuest)}</p>
        </>
      );
    case 'not-verified':
      return (
        <>
          <p className="verdict-line">{offlinePolicyWords(context.offlinePolicy)}</p>
          <EarlierScan scan={props.earlierLocalScan} context={context} />
          <p>{verdict.message}</p>
        </>
      );
    case 'needs-auth':
      return <p className="verdict-line">{t(messages.needsAuth)}</p>;
  }
}
