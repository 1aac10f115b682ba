/**
 * The live camera check: opens the camera, loads the decoder and decodes frames for a while. It reports
 * whether frames arrive, which decoder runs, whether a code was read, and whether the torch is available.
 * Every track is stopped when the check ends or the screen closes.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createDecoder } from '../../lib/decoder';
import type { CheckResult } from './readiness-checks';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  opening: { id: 'cameraCheck.opening', defaultMessage: 'Opening the camera…' },
  torch: { id: 'cameraCheck.torch', defaultMessage: 'The torch can be switched on.' },
  noTorch: { id: 'cameraCheck.noTorch', defaultMessage: 'This camera has no torch.' },
  live: { id: 'cameraCheck.live', defaultMessage: 'Camera live. Hold a ticket QR code in front of it…' },
  read: {
    id: 'cameraCheck.read',
    defaultMessage:
      'Camera and decoder work: read a code ({length, plural, one {# character} other {# characters}}).',
  },
  noCode: {
    id: 'cameraCheck.noCode',
    defaultMessage: 'Camera live, but no code was read. Show a ticket QR code and run again.',
  },
  denied: { id: 'cameraCheck.denied', defaultMessage: 'Camera permission was denied.' },
  failed: { id: 'cameraCheck.failed', defaultMessage: 'The camera could not start ({name}).' },
});

const CHECK_MS = 8_000;

export interface CameraCheck {
  camera: CheckResult | null;
  torch: CheckResult | null;
  run: () => void;
}

function torchAvailable(track: MediaStreamTrack | undefined): boolean {
  const capabilities = track?.getCapabilities?.();
  return Boolean(capabilities && 'torch' in capabilities && capabilities.torch);
}

async function decodeFor(video: HTMLVideoElement, ms: number, stop: () => boolean): Promise<string | null> {
  const decoder = await createDecoder();
  try {
    const until = Date.now() + ms;
    while (Date.now() < until && !stop()) {
      const text = await decoder.decode(video);
      if (text) return text;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  } finally {
    decoder.dispose();
  }
}

export function useCameraCheck(videoRef: RefObject<HTMLVideoElement | null>): CameraCheck {
  const [camera, setCamera] = useState<CheckResult | null>(null);
  const [torch, setTorch] = useState<CheckResult | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const cancelled = useRef(false);

  const stopStream = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  };

  const run = useCallback(async () => {
    const video = videoRef.current;
    if (!video) return;
    cancelled.current = false;
    setCamera({ status: 'running', detail: t(messages.opening) });
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      const track = stream.current.getVideoTracks()[0];
      setTorch(
        torchAvailable(track)
          ? { status: 'ok', detail: t(messages.torch) }
          : { status: 'warning', detail: t(messages.noTorch) },
      );
      video.srcObject = stream.current;
      await video.play();
      setCamera({ status: 'running', detail: t(messages.live) });
      const text = await decodeFor(video, CHECK_MS, () => cancelled.current);
      setCamera(
        text
          ? { status: 'ok', detail: t(messages.read, { length: text.length }) }
          : {
              status: 'warning',
              detail: t(messages.noCode),
            },
      );
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      const detail =
        name === 'NotAllowedError' ? t(messages.denied) : t(messages.failed, { name: name || 'Error' });
      setCamera({ status: 'failed', detail });
    } finally {
      stopStream();
    }
  }, [videoRef]);

  useEffect(
    () => () => {
      cancelled.current = true;
      stopStream();
    },
    [],
  );

  return { camera, torch, run: () => void run() };
}
