/** The camera chosen on this device, remembered across reloads. */
import { parsers, readSetting, writeSetting } from '../../lib/local-settings';

const KEY = 'camera-device-id';

export function readCameraPreference(): string | null {
  return readSetting(KEY, parsers.string);
}

export function saveCameraPreference(deviceId: string): void {
  writeSetting(KEY, deviceId);
}
