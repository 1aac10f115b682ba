/** What went wrong when opening the camera, in the categories the recovery screen explains. */
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

export const CAMERA_PROBLEM_TITLES: Record<CameraProblem, string> = {
  denied: 'Camera access is blocked',
  'no-camera': 'No camera found',
  'in-use': 'The camera is busy',
  unsupported: 'This browser cannot use the camera here',
  unknown: 'The camera could not start',
};
