/**
 * "Update ready": shown when a new version of the app is installed and waiting. The button stays disabled,
 * and says why, while scans wait to sync; nothing reloads by itself.
 */
import { useState } from 'react';
import { applyUpdate, updateDecision, useServiceWorkerStore } from '../../lib/sw-bridge';
import { useScanCounts } from './use-scan-counts';
import { defineMessages, t, tRich } from '../../lib/i18n';

const messages = defineMessages({
  label: { id: 'update.label', defaultMessage: 'Update ready' },
  text: {
    id: 'update.text',
    defaultMessage: '<b>Update ready.</b> A new version of Caldasa Door is installed.',
  },
  now: { id: 'update.now', defaultMessage: 'Update now' },
  reloads: { id: 'update.reloads', defaultMessage: 'The app reloads once, now.' },
});

export function UpdateReadyBanner() {
  const updateReady = useServiceWorkerStore((state) => state.updateReady);
  const snapshot = useScanCounts();
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!updateReady || !snapshot) return null;
  const { counts } = snapshot;
  const decision = updateDecision(counts.pending + counts.sending + counts['needs-auth']);
  const apply = async () => {
    const result = await applyUpdate();
    setRefusal(result.allowed ? null : result.reason);
  };
  return (
    <section className="update-banner" aria-label={t(messages.label)}>
      <p>{tRich(messages.text, { b: (chunks) => <strong key="b">{chunks}</strong> })}</p>
      <button
        type="button"
        disabled={!decision.allowed}
        aria-describedby="update-why"
        onClick={() => void apply()}
      >
        {t(messages.now)}
      </button>
      <p id="update-why">{decision.allowed ? (refusal ?? t(messages.reloads)) : decision.reason}</p>
    </section>
  );
}
