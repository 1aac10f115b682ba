/** What went wrong when opening the camera, in the categories the recovery screen explains. */
import { defineMessages, type MessageDescriptor } from '../../lib/i18n';

const messages = defineMessages({
  denied: { id: 'camera.denied', defaultMessage: 'Camera access is blocked' },
  noCamera: { id: 'camera.noCamera', defaultMessage: 'No camera found' },
  inUse: { id: 'camera.inUse', defaultMessage: 'The camera is busy' },
  unsupported: { id: 'camera.unsupported', defaultMessage: 'This browser cannot use the camera here' },
  unknown: { id: 'camera.unknown', defaultMessage: 'The camera could not start' },
});

export type CameraProblem = 'denied' | 'no-camera' | 'in-use' | 'unsupported' | 'unknown';

/** Classifies a getUserMedia rejection by its DOMException name. */
export function cameraProblemFrom(error: unknown): CameraProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError' || name === 'SecurityError')
    return 'denied';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') {
    return 'no-camera';
  }
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'in-use';
  return 'unknown';
}

export const CAMERA_PROBLEM_TITLES: Record<CameraProblem, MessageDescriptor> = {
  denied: messages.denied,
  'no-camera': messages.noCamera,
  'in-use': messages.inUse,
  unsupported: messages.unsupported,
  unknown: messages.unknown,
};
