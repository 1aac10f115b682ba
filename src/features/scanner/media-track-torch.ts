/**
 * The torch is a real constraint and capability on Android Chrome (Image Capture spec) that TypeScript's
 * DOM library does not list yet.
 */
declare global {
  interface MediaTrackCapabilities {
    torch?: boolean;
  }
  interface MediaTrackConstraintSet {
    torch?: ConstrainBoolean;
  }
}

/** True when the track can switch a torch on. */
export function supportsTorch(track: MediaStreamTrack): boolean {
  return typeof track.getCapabilities === 'function' && track.getCapabilities().torch === true;
}

/** Switches the torch; false when the device refused. */
export async function setTorch(track: MediaStreamTrack, on: boolean): Promise<boolean> {
  try {
    await track.applyConstraints({ advanced: [{ torch: on }] });
    return true;
  } catch {
    return false;
  }
}
