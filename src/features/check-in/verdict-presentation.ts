/** How each verdict looks and sounds (DESIGN.md §4): never colour alone, always icon shape and words. */
import type { OfflinePolicy } from '../../lib/offline-policy';
import { doorLabel } from './door-label';
import type { ToneKind } from './feedback';
import type { Verdict, VerdictKind } from './verdict';

export type VerdictIconShape = 'check' | 'exclamation' | 'cross' | 'clock' | 'lock';

export interface VerdictLook {
  tone: ToneKind | null;
  icon: VerdictIconShape;
  /** The colour family, as a CSS modifier. */
  colour: 'green' | 'orange' | 'red' | 'amber' | 'grey';
  title: string;
}

const LOOKS: Record<VerdictKind, VerdictLook> = {
  admitted: { tone: 'ok', icon: 'check', colour: 'green', title: 'Admitted' },
  'already-used': { tone: 'warning', icon: 'exclamation', colour: 'orange', title: 'Already used' },
  refused: { tone: 'error', icon: 'cross', colour: 'red', title: 'Refused' },
  'doors-not-open': { tone: 'error', icon: 'cross', colour: 'red', title: 'Doors not open yet' },
  'not-verified': {
    tone: 'attention',
    icon: 'clock',
    colour: 'amber',
    title: 'Saved offline — not verified',
  },
  // Provisional look (door-ui designs the final one): the not-verified family, since no server checked it.
  'accepted-offline': {
    tone: 'attention',
    icon: 'clock',
    colour: 'amber',
    title: 'First scan at this venue — not verified',
  },
  'needs-auth': { tone: null, icon: 'lock', colour: 'grey', title: 'Sign in again' },
  // Provisional: the stop look of "already used" until door-ui gives every verdict its own.
  'repeat-on-device': {
    tone: 'warning',
    icon: 'exclamation',
    colour: 'orange',
    title: 'Already scanned here',
  },
};

export function lookFor(verdict: Verdict): VerdictLook {
  return LOOKS[verdict.kind];
}

/** Green clears itself so the next guest can step up; everything else waits for a tap or a new code. */
export const ADMITTED_CLEAR_MS = 1_500;

/** What staff do on the amber verdict, by the venue's offline policy. */
export function offlinePolicyWords(policy: OfflinePolicy): string {
  return policy === 'hold'
    ? 'Hold the guest: ask them to wait until the ticket can be checked.'
    : 'Let the guest in; the ticket is checked as soon as the network is back.';
}

/** One sentence for the live region: the title and the fact that matters most. */
export function spokenSummary(verdict: Verdict): string {
  const { title } = LOOKS[verdict.kind];
  if (verdict.kind === 'admitted' && verdict.answer.holderName)
    return `${title}: ${verdict.answer.holderName}`;
  if (verdict.kind === 'refused') return `${title}: ${verdict.message}`;
  return title;
}

/** A few words after the title in the session list. */
export function shortDetail(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'admitted':
      return verdict.answer.holderName ?? '';
    case 'already-used':
      return verdict.answer.previouslyRedeemedAtDoor
        ? `first at ${doorLabel(verdict.answer.previouslyRedeemedAtDoor)}`
        : '';
    case 'refused':
      return verdict.message;
    case 'repeat-on-device':
      return `first at ${doorLabel(verdict.first.door)}`;
    default:
      return '';
  }
}
