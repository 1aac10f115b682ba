/**
 * The door is told once, plainly, when a scan it let in offline turns out to have been used first
 * elsewhere: "1 earlier scan was already used at West Gate". Conflicts already in the journal when the page
 * started are not news; each new one is announced once for the life of the page.
 */
import { formatList } from '../../lib/event-time';
import type { ScanFact } from '../../lib/scan-types';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  anotherDoor: { id: 'conflictNews.anotherDoor', defaultMessage: 'another door' },
  words: {
    id: 'conflictNews.words',
    defaultMessage:
      '{count, plural, one {# earlier scan was} other {# earlier scans were}} already used at {doors}',
  },
});

export interface ConflictNews {
  count: number;
  /** Where the other scans were first, as the server named the doors. */
  doors: string[];
}

/** The conflicts in `conflicts` not yet in `known` (which it updates), or null when none is new. */
export function newConflicts(known: Set<string>, conflicts: readonly ScanFact[]): ScanFact[] {
  const fresh = conflicts.filter((fact) => !known.has(fact.scanId) && fact.reviewedAt === null);
  conflicts.forEach((fact) => known.add(fact.scanId));
  return fresh;
}

/** Adds new conflicts to the news already shown (until staff dismiss it). */
export function addNews(news: ConflictNews | null, fresh: readonly ScanFact[]): ConflictNews | null {
  if (fresh.length === 0) return news;
  const doors = new Set(news?.doors ?? []);
  fresh.forEach((fact) => doors.add(fact.result?.previouslyRedeemedAtDoor || t(messages.anotherDoor)));
  return { count: (news?.count ?? 0) + fresh.length, doors: [...doors] };
}

/** "1 earlier scan was already used at West Gate", "3 earlier scans were already used at A and B". */
export function conflictNewsWords(news: ConflictNews): string {
  return t(messages.words, { count: news.count, doors: formatList(news.doors) });
}
