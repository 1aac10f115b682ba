import { CAMERA_PROBLEM_TITLES, type CameraProblem } from './camera-problem';

const WHAT_HAPPENED: Record<CameraProblem, string> = {
  denied: 'The browser was told not to let this app use the camera, so codes cannot be read with it.',
  'no-camera': 'This device reports no camera the app can use.',
  'in-use': 'Another app or tab is using the camera. Close it, then try again.',
  unsupported: 'Cameras only work on a secure (https) address in a current browser.',
  unknown: 'The camera did not start.',
};

/** Says what happened to the camera and how to fix it on Android and iOS; typed entry stays available. */
export function CameraHelp({ problem, onRetry }: { problem: CameraProblem; onRetry: () => void }) {
  return (
    <section className="camera-help" aria-labelledby="camera-help-title">
      <h2 id="camera-help-title">{CAMERA_PROBLEM_TITLES[problem]}</h2>
      <p>{WHAT_HAPPENED[problem]}</p>
      {(problem === 'denied' || problem === 'unknown') && (
        <>
          <h3>Android (Chrome)</h3>
          <p>Tap the lock icon next to the address, then Permissions → Camera → Allow, and reload.</p>
          <p>For the installed app: long-press its icon → App info → Permissions → Camera → Allow.</p>
          <h3>iPhone and iPad</h3>
          <p>Settings → Safari → Camera → Allow (or Ask), then reload this page.</p>
          <p>For the app on the home screen: open it again and allow the camera when asked.</p>
        </>
      )}
      <p>Until then, type the code from the ticket in the field below, or use a hardware scanner.</p>
      <button type="button" onClick={onRetry}>
        Try the camera again
      </button>
    </section>
  );
}
