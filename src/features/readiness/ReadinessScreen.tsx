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

interface DeviceChecks {
  storage: CheckResult;
  queue: CheckResult;
  lastSync: CheckResult;
  online: CheckResult;
  clock: CheckResult;
}

const running: CheckResult = { status: 'running', detail: 'Checking…' };
const ICONS = { ok: '✓', warning: '!', failed: '✕', running: '…' } as const;
const WORDS = { ok: 'OK', warning: 'Check', failed: 'Failed', running: 'Running' } as const;

function Row({ name, result }: { name: string; result: CheckResult | null }) {
  const shown = result ?? { status: 'warning' as const, detail: 'Not run yet.' };
  return (
    <li className={`readiness-row readiness-row--${shown.status}`}>
      <span aria-hidden="true" className="readiness-icon">
        {ICONS[shown.status]}
      </span>
      <strong>{name}</strong> <span className="readiness-status">{WORDS[shown.status]}</span>
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
  const offline = { status: 'failed' as const, detail: 'Not connected to a server.' };
  const browserOffline = !navigator.onLine ? ' The browser reports no network.' : '';
  return {
    storage: storageCheck(persisted),
    queue: countCheck(waitingCount(counts)),
    lastSync: lastSyncAt
      ? { status: 'ok', detail: new Date(lastSyncAt).toLocaleString() }
      : { status: 'warning', detail: 'This device has not synced yet.' },
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
      <h1>Ready for doors?</h1>
      <ul className="readiness-list" aria-label="Readiness checks" aria-live="polite">
        <Row name="Camera and decoding" result={cameraCheck.camera} />
        <Row name="Torch" result={cameraCheck.torch} />
        <Row name="Storage" result={checks?.storage ?? running} />
        <Row name="Scan queue" result={checks?.queue ?? running} />
        <Row name="Last sync" result={checks?.lastSync ?? running} />
        <Row name="Clock" result={checks?.clock ?? running} />
        <Row name="Online" result={checks?.online ?? running} />
      </ul>
      <video ref={video} className="readiness-video" muted playsInline aria-label="Camera preview" />
      <p className="readiness-actions">
        <button type="button" onClick={cameraCheck.run}>
          Test the camera
        </button>
        <button type="button" onClick={rerun}>
          Check again
        </button>
      </p>
    </main>
  );
}

export default ReadinessScreen;
