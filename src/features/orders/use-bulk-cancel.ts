/** One event's bulk cancel for a screen: its stored run, its summary, and the start/pause/resume actions. */
import { useSyncExternalStore } from 'react';
import { useApiClient } from '../../lib/api/use-api-client';
import { bulkCancelApi } from './bulk-cancel-api';
import { summarise } from './bulk-cancel-run';
import { bulkCancelRunner } from './bulk-cancel-runner';

export type { BulkCancelRun, RunSummary } from './bulk-cancel-run';

export function useBulkCancel(eventId: string) {
  const runner = bulkCancelRunner(eventId);
  const snapshot = useSyncExternalStore(runner.subscribe, runner.getSnapshot);
  const client = useApiClient();
  const api = client ? bulkCancelApi(client, eventId) : null;
  return {
    ...snapshot,
    summary: snapshot.run ? summarise(snapshot.run) : null,
    start: (reason: string) => (api ? runner.start(api, reason) : Promise.resolve()),
    pause: () => runner.pause(),
    resume: () => api && runner.resume(api),
    dismiss: () => void runner.dismiss(),
  };
}
