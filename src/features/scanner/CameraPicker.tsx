import { useEffect, useState } from 'react';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  label: { id: 'cameraPicker.label', defaultMessage: 'Camera' },
  numbered: { id: 'cameraPicker.numbered', defaultMessage: 'Camera {number}' },
});

interface CameraPickerProps {
  track: MediaStreamTrack;
  onChoose: (deviceId: string) => void;
}

/** Lists the cameras once permission is granted (labels are empty before); hidden with one camera. */
export function CameraPicker({ track, onChoose }: CameraPickerProps) {
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const current = track.getSettings().deviceId ?? '';

  useEffect(() => {
    let cancelled = false;
    navigator.mediaDevices.enumerateDevices().then(
      (devices) => !cancelled && setCameras(devices.filter((device) => device.kind === 'videoinput')),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [track]);

  if (cameras.length < 2) return null;
  return (
    <label className="camera-picker">
      {t(messages.label)}
      <select value={current} onChange={(e) => onChoose(e.target.value)}>
        {cameras.map((camera, index) => (
          <option key={camera.deviceId} value={camera.deviceId}>
            {camera.label || t(messages.numbered, { number: index + 1 })}
          </option>
        ))}
      </select>
    </label>
  );
}
