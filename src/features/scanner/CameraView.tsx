import { useEffect, useState, type ReactNode } from 'react';
import { CameraHelp } from './CameraHelp';
import { CameraPicker } from './CameraPicker';
import { readCameraPreference, saveCameraPreference } from './camera-preference';
import { TorchToggle } from './TorchToggle';
import { useCameraStream } from './use-camera-stream';
import { useDecodeLoop } from './use-decode-loop';
import { useDecoder } from './use-decoder';
import { usePageVisible } from './use-page-visible';
import { useWakeLock } from './use-wake-lock';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  starting: { id: 'cameraView.starting', defaultMessage: 'Starting camera…' },
  loadingReader: { id: 'cameraView.loadingReader', defaultMessage: 'Loading the code reader…' },
  label: { id: 'cameraView.label', defaultMessage: 'Camera' },
  readerFailed: {
    id: 'cameraView.readerFailed',
    defaultMessage: 'The code reader could not load. Type codes below or use a hardware scanner.',
  },
});

function showStream(video: HTMLVideoElement, stream: MediaStream | null): void {
  video.srcObject = stream;
  // Autoplay of a muted inline video is allowed; a refusal only delays the picture to the next frame.
  if (stream) void video.play().catch(() => undefined);
}

/** The live camera, full width, with an aiming frame, its status, picker and torch; reports each new code. */
export function CameraView({ onCode, overlay }: { onCode: (text: string) => void; overlay?: ReactNode }) {
  const visible = usePageVisible();
  const [deviceId, setDeviceId] = useState(readCameraPreference);
  const { status, retry } = useCameraStream(deviceId, visible);
  const decoder = useDecoder();
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const stream = status.kind === 'live' ? status.stream : null;

  useEffect(() => {
    if (video) showStream(video, stream);
  }, [video, stream]);

  useDecodeLoop(video, stream, decoder.status === 'ready' ? decoder.decoder : null, onCode);
  useWakeLock(status.kind === 'live');

  function choose(id: string) {
    saveCameraPreference(id);
    setDeviceId(id);
  }

  if (status.kind === 'error')
    return (
      <div className="camera-help-wrap">
        {overlay}
        <CameraHelp problem={status.problem} onRetry={retry} />
      </div>
    );
  const progress =
    status.kind !== 'live'
      ? t(messages.starting)
      : decoder.status === 'loading'
        ? t(messages.loadingReader)
        : null;
  return (
    <section className="camera" aria-label={t(messages.label)}>
      <video ref={setVideo} className="camera-video" muted playsInline aria-hidden="true" />
      <div className="camera-aim" aria-hidden="true" />
      {overlay}
      {progress && <p className="camera-progress">{progress}</p>}
      {decoder.status === 'failed' && (
        <p role="alert" className="camera-progress">
          {t(messages.readerFailed)}
        </p>
      )}
      {status.kind === 'live' && (
        <div className="camera-tools">
          <CameraPicker track={status.track} onChoose={choose} />
          <TorchToggle track={status.track} />
        </div>
      )}
    </section>
  );
}
