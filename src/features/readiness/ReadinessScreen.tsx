/**
 * The readiness check (/readiness), run before doors open: camera and a live decode, torch, storage
 * persistence, the queue, the last sync, the clock against the server, and whether the server answers.
 */
import { useEffect, useRef, useState } from 'react';
import type { CaldasaClient } from '../../lib/api/api-client';
import { useApiClient } from '../../lib/api/use-api-client';
import { isStoragePersisted } from '../../lib/idb';
import { countByState, readLastSyncAt, waitingCount } from '../../lib/scan-journal';
import { checkServer, countCheck, storageCheck, type CheckResult } from './readiness-checks';
import { useCameraCheck } from './use-camera-check';
import { formatDeviceDateTime } from '../../lib/event-time';
import { defineMessages, t, type MessageDescriptor } from '../../lib/i18n';

const messages = defineMessages({
  checking: { id: 'ready.checking', defaultMessage: 'Checking…' },
  ok: { id: 'ready.ok', defaultMessage: 'OK' },
  warning: { id: 'ready.warning', defaultMessage: 'Check' },
  failed: { id: 'ready.failed', defaultMessage: 'Failed' },
  running: { id: 'ready.running', defaultMessage: 'Running' },
  notRun: { id: 'ready.notRun', defaultMessage: 'Not run yet.' },
  notConnected: { id: 'ready.notConnected', defaultMessage: 'Not connected to a server.' },
  browserOffline: { id: 'ready.browserOffline', defaultMessage: 'The browser reports no network.' },
  neverSynced: { id: 'ready.neverSynced', defaultMessage: 'This device has not synced yet.' },
  title: { id: 'ready.title', defaultMessage: 'Ready for doors?' },
  list: { id: 'ready.list', defaultMessage: 'Readiness checks' },
  camera: { id: 'ready.camera', defaultMessage: 'Camera and decoding' },
  torch: { id: 'ready.torch', defaultMessage: 'Torch' },
  storage: { id: 'ready.storage', defaultMessage: 'Storage' },
  queue: { id: 'ready.queue', defaultMessage: 'Scan queue' },
  lastSync: { id: 'ready.lastSync', defaultMessage: 'Last sync' },
  clock: { id: 'ready.clock', defaultMessage: 'Clock' },
  online: { id: 'ready.online', defaultMessage: 'Online' },
  preview: { id: 'ready.preview', defaultMessage: 'Camera preview' },
  testCamera: { id: 'ready.testCamera', defaultMessage: 'Test the camera' },
  again: { id: 'ready.again', defaultMessage: 'Check again' },
});

interface DeviceChecks {
  storage: CheckResult;
  queue: CheckResult;
  lastSync: CheckResult;
  online: CheckResult;
  clock: CheckResult;
}

const running = (): CheckResult => ({ status: 'running', detail: t(messages.checking) });
const ICONS = { ok: '✓', warning: '!', failed: '✕', running: '…' } as const;
const WORDS: Record<CheckResult['status'], MessageDescriptor> = {
  ok: messages.ok,
  warning: messages.warning,
  failed: messages.failed,
  running: messages.running,
};

function Row({ name, result }: { name: string; result: CheckResult | null }) {
  const shown = result ?? { status: 'warning' as const, detail: t(messages.notRun) };
  return (
    <li className={`readiness-row readiness-row--${shown.status}`}>
      <span aria-hidden="true" className="readiness-icon">
        {ICONS[shown.status]}
      </span>
      <strong>{name}</strong> <span className="readiness-status">{t(WORDS[shown.status])}</span>
      <p>{shown.detail}</p>
    </li>
  );
}

async function gatherChecks(client: CaldasaClient | null): Promise<DeviceChecks> {
  const lastSyncAt = readLastSyncAt();
  const [persisted, counts, server] = await Promise.all([
    isStoragePersisted(),
    countByState(),
    client ? checkServer(client) : null,
  ]);
  const offline = { status: 'failed' as const, detail: t(messages.notConnected) };
  const browserOffline = !navigator.onLine ? ` ${t(messages.browserOffline)}` : '';
  return {
    storage: storageCheck(persisted),
    queue: countCheck(waitingCount(counts)),
    lastSync: lastSyncAt
      ? { status: 'ok', detail: formatDeviceDateTime(lastSyncAt) }
      : { status: 'warning', detail: t(messages.neverSynced) },
    online: server ? { ...server.online, detail: server.online.detail + browserOffline } : offline,
    clock: server?.clock ?? offline,
  };
}

function useDeviceChecks(): [DeviceChecks | null, () => void] {
  const client = useApiClient();
  const [checks, setChecks] = useState<DeviceChecks | null>(null);
  useEffect(() => {
    let alive = true;
    void gatherChecks(client).then((next) => alive && setChecks(next));
    return () => {
      alive = false;
    };
  }, [client]);
  const rerun = () => {
    setChecks(null);
    void gatherChecks(client).then(setChecks);
  };
  return [checks, rerun];
}

export function ReadinessScreen() {
  const video = useRef<HTMLVideoElement | null>(null);
  const cameraCheck = useCameraCheck(video);
  const [checks, rerun] = useDeviceChecks();
  return (
    <main className="readiness-screen">
      <h1>{t(messages.title)}</h1>
      <ul className="readiness-list" aria-label={t(messages.list)} aria-live="polite">
        <Row name={t(messages.camera)} result={cameraCheck.camera} />
        <Row name={t(messages.torch)} result={cameraCheck.torch} />
        <Row name={t(messages.storage)} result={checks?.storage ?? running()} />
        <Row name={t(messages.queue)} result={checks?.queue ?? running()} />
        <Row name={t(messages.lastSync)} result={checks?.lastSync ?? running()} />
        <Row name={t(messages.clock)} result={checks?.clock ?? running()} />
        <Row name={t(messages.online)} result={checks?.online ?? running()} />
      </ul>
      <video ref={video} className="readiness-video" muted playsInline aria-label={t(messages.preview)} />
      <p className="readiness-actions">
        <button type="button" onClick={cameraCheck.run}>
          {t(messages.testCamera)}
        </button>
        <button type="button" onClick={rerun}>
          {t(messages.again)}
        </button>
      </p>
    </main>
  );
}

export default ReadinessScreen;
