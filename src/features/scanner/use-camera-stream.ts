/**
 * Owns the camera: one MediaStream at a time, opened while `enabled` (scanner shown and page visible),
 * every track stopped on cleanup. StrictMode-safe: a stream that arrives after its effect was cleaned up
 * is stopped at once instead of being kept.
 */
import { useEffect, useState } from 'react';
import { cameraProblemFrom, type CameraProblem } from './camera-problem';

export type CameraStatus =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'live'; stream: MediaStream; track: MediaStreamTrack }
  | { kind: 'error'; problem: CameraProblem };

type Settled = Exclude<CameraStatus, { kind: 'idle' } | { kind: 'starting' }>;

function constraintsFor(deviceId: string | null): MediaStreamConstraints {
  // 1920x1080 where the camera offers it: small codes read best from it (grabbed at 1280 px, see the decoder).
  const size = { width: { ideal: 1920 }, height: { ideal: 1080 } };
  const video = deviceId
    ? { deviceId: { exact: deviceId }, ...size }
    : { facingMode: 'environment', ...size };
  return { video, audio: false };
}

async function openCamera(deviceId: string | null): Promise<MediaStream> {
  try {
    return await navigator.mediaDevices.getUserMedia(constraintsFor(deviceId));
  } catch (error) {
    // A remembered camera that is gone (other phone, unplugged): fall back to the rear camera.
    const name = error instanceof Error ? error.name : '';
    if (deviceId && (name === 'OverconstrainedError' || name === 'NotFoundError')) return openCamera(null);
    throw error;
  }
}

function stopAll(stream: MediaStream): void {
  stream.getTracks().forEach((track) => track.stop());
}

/** The camera stream for `deviceId` (null: rear camera) while `enabled`; `retry` opens it again. */
export function useCameraStream(deviceId: string | null, enabled: boolean) {
  const [attempt, setAttempt] = useState(0);
  const key = `${deviceId ?? 'rear'}#${attempt}`;
  const [settled, setSettled] = useState<{ key: string; status: Settled } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    if (!navigator.mediaDevices?.getUserMedia) {
      queueMicrotask(() => setSettled({ key, status: { kind: 'error', problem: 'unsupported' } }));
      return;
    }
    let cancelled = false;
    let stream: MediaStream | null = null;
    openCamera(deviceId).then(
      (opened) => {
        const track = opened.getVideoTracks()[0];
        if (cancelled || !track) return stopAll(opened);
        stream = opened;
        setSettled({ key, status: { kind: 'live', stream: opened, track } });
      },
      (error: unknown) => {
        if (!cancelled) setSettled({ key, status: { kind: 'error', problem: cameraProblemFrom(error) } });
      },
    );
    return () => {
      cancelled = true;
      if (stream) stopAll(stream);
      setSettled(null);
    };
  }, [deviceId, enabled, key]);

  const status: CameraStatus = !enabled
    ? { kind: 'idle' }
    : settled && settled.key === key
      ? settled.status
      : { kind: 'starting' };
  return { status, retry: () => setAttempt((n) => n + 1) };
}
