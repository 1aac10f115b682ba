/**
 * "Update ready": shown when a new version of the app is installed and waiting. The button stays disabled,
 * and says why, while scans wait to sync; nothing reloads by itself.
 */
import { useState } from 'react';
import { applyUpdate, updateDecision, useServiceWorkerStore } from '../../lib/sw-bridge';
import { useScanCounts } from './use-scan-counts';

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
    <section className="update-banner" aria-label="Update ready">
      <p>
        <strong>Update ready.</strong> A new version of Caldasa Door is installed.
      </p>
      <button
        type="button"
        disabled={!decision.allowed}
        aria-describedby="update-why"
        onClick={() => void apply()}
      >
        Update now
      </button>
      <p id="update-why">{decision.allowed ? (refusal ?? 'The app reloads once, now.') : decision.reason}</p>
    </section>
  );
}
