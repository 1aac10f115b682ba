import { useEffect, useState } from 'react';

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
      Camera
      <select value={current} onChange={(e) => onChoose(e.target.value)}>
        {cameras.map((camera, index) => (
          <option key={camera.deviceId} value={camera.deviceId}>
            {camera.label || `Camera ${index + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
}
