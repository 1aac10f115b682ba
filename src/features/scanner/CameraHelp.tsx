import { CAMERA_PROBLEM_TITLES, type CameraProblem } from './camera-problem';
import { defineMessages, t, type MessageDescriptor } from '../../lib/i18n';

const messages = defineMessages({
  denied: {
    id: 'cameraHelp.denied',
    defaultMessage:
      'The browser was told not to let this app use the camera, so codes cannot be read with it.',
  },
  noCamera: { id: 'cameraHelp.noCamera', defaultMessage: 'This device reports no camera the app can use.' },
  inUse: {
    id: 'cameraHelp.inUse',
    defaultMessage: 'Another app or tab is using the camera. Close it, then try again.',
  },
  unsupported: {
    id: 'cameraHelp.unsupported',
    defaultMessage: 'Cameras only work on a secure (https) address in a current browser.',
  },
  unknown: { id: 'cameraHelp.unknown', defaultMessage: 'The camera did not start.' },
  android: { id: 'cameraHelp.android', defaultMessage: 'Android (Chrome)' },
  androidBrowser: {
    id: 'cameraHelp.androidBrowser',
    defaultMessage: 'Tap the lock icon next to the address, then Permissions → Camera → Allow, and reload.',
  },
  androidApp: {
    id: 'cameraHelp.androidApp',
    defaultMessage: 'For the installed app: long-press its icon → App info → Permissions → Camera → Allow.',
  },
  ios: { id: 'cameraHelp.ios', defaultMessage: 'iPhone and iPad' },
  iosBrowser: {
    id: 'cameraHelp.iosBrowser',
    defaultMessage: 'Settings → Safari → Camera → Allow (or Ask), then reload this page.',
  },
  iosApp: {
    id: 'cameraHelp.iosApp',
    defaultMessage: 'For the app on the home screen: open it again and allow the camera when asked.',
  },
  meanwhile: {
    id: 'cameraHelp.meanwhile',
    defaultMessage:
      'Until then, type the code from the ticket in the field below, or use a hardware scanner.',
  },
  retry: { id: 'cameraHelp.retry', defaultMessage: 'Try the camera again' },
});

const WHAT_HAPPENED: Record<CameraProblem, MessageDescriptor> = {
  denied: messages.denied,
  'no-camera': messages.noCamera,
  'in-use': messages.inUse,
  unsupported: messages.unsupported,
  unknown: messages.unknown,
};

/** Says what happened to the camera and how to fix it on Android and iOS; typed entry stays available. */
export function CameraHelp({ problem, onRetry }: { problem: CameraProblem; onRetry: () => void }) {
  return (
    <section className="camera-help" aria-labelledby="camera-help-title">
      <h2 id="camera-help-title">{t(CAMERA_PROBLEM_TITLES[problem])}</h2>
      <p>{t(WHAT_HAPPENED[problem])}</p>
      {(problem === 'denied' || problem === 'unknown') && (
        <>
          <h3>{t(messages.android)}</h3>
          <p>{t(messages.androidBrowser)}</p>
          <p>{t(messages.androidApp)}</p>
          <h3>{t(messages.ios)}</h3>
          <p>{t(messages.iosBrowser)}</p>
          <p>{t(messages.iosApp)}</p>
        </>
      )}
      <p>{t(messages.meanwhile)}</p>
      <button type="button" onClick={onRetry}>
        {t(messages.retry)}
      </button>
    </section>
  );
}
