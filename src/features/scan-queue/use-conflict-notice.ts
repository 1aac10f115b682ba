/** Watches the journal for new conflicts and keeps the news until staff dismiss it. */
import { create } from 'zustand';
import { listByState } from '../../lib/scan-journal';
import { useJournalChanges } from '../../lib/use-journal-changes';
import { addNews, newConflicts, type ConflictNews } from './conflict-notice';

interface ConflictNoticeState {
  news: ConflictNews | null;
  dismiss: () => void;
}

export const useConflictNoticeStore = create<ConflictNoticeState>((set) => ({
  news: null,
  dismiss: () => set({ news: null }),
}));

/** Conflicts this page has already seen; null until the first look (whatever is there then is old). */
let known: Set<string> | null = null;

async function look(): Promise<void> {
  const conflicts = await listByState('conflict');
  if (!known) {
    known = new Set(conflicts.map((fact) => fact.scanId));
    return;
  }
  const fresh = newConflicts(known, conflicts);
  if (fresh.length > 0) useConflictNoticeStore.setState((state) => ({ news: addNews(state.news, fresh) }));
}

/** The conflict news for the scan screen, or null. */
export function useConflictNotice(): ConflictNoticeState {
  useJournalChanges(look);
  return useConflictNoticeStore();
}
