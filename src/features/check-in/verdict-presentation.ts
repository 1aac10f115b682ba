/**
 * How each verdict looks and sounds (DESIGN.md §4): never colour alone, always its own icon shape and
 * words. Each verdict's colours are the `--verdict-<kind>-*` properties in styles.css; the colour test
 * (verdict-colours.test.ts) reads them there and checks every pair stays apart, also for colour-blind eyes.
 */
import type { OfflinePolicy } from '../../lib/offline-policy';
import { doorLabel } from './door-label';
import type { ToneKind } from './feedback';
import type { Verdict, VerdictKind } from './verdict';

export type VerdictIconShape =
  'check' | 'check-dashed' | 'clock' | 'exclamation' | 'cross' | 'hourglass' | 'repeat' | 'lock';

/** Let the guest in, stop the guest, or neither (the device must sign in again). */
export type VerdictFamily = 'let-in' | 'stop' | 'neutral';

export interface VerdictLook {
  tone: ToneKind | null;
  icon: VerdictIconShape;
  family: VerdictFamily;
  title: string;
}

export const VERDICT_LOOKS: Record<VerdictKind, VerdictLook> = {
  admitted: { tone: 'ok', icon: 'check', family: 'let-in', title: 'Admitted' },
  'not-verified': {
    tone: 'attention',
    icon: 'clock',
    family: 'let-in',
    title: 'Saved offline — not verified',
  },
  'accepted-offline': {
    tone: 'attention',
    icon: 'check-dashed',
    family: 'let-in',
    title: 'First scan at this venue — not verified',
  },
  'already-used': { tone: 'warning', icon: 'exclamation', family: 'stop', title: 'Already used' },
  refused: { tone: 'error', icon: 'cross', family: 'stop', title: 'Refused' },
  'doors-not-open': { tone: 'error', icon: 'hourglass', family: 'stop', title: 'Doors not open yet' },
  'repeat-on-device': {
    tone: 'warning',
    icon: 'repeat',
    family: 'stop',
    title: 'Scanned twice on this device',
  },
  'needs-auth': { tone: null, icon: 'lock', family: 'neutral', title: 'Sign in again' },
};

export function lookFor(verdict: Verdict): VerdictLook {
  return VERDICT_LOOKS[verdict.kind];
}

/** Green clears itself so the next guest can step up; everything else waits for a tap or a new code. */
export const ADMITTED_CLEAR_MS = 1_500;

/** What staff do on the not-verified verdict, by the venue's offline policy. */
export function offlinePolicyWords(policy: OfflinePolicy): string {
  return policy === 'hold'
    ? 'Hold the guest: ask them to wait until the ticket can be checked.'
    : 'Let the guest in; the ticket is checked as soon as the network is back.';
}

/** One sentence for the live region: the title and the fact that matters most. */
export function spokenSummary(verdict: Verdict): string {
  const { title } = VERDICT_LOOKS[verdict.kind];
  if (verdict.kind === 'admitted' && verdict.answer.holderName)
    return `${title}: ${verdict.answer.holderName}`;
  if (verdict.kind === 'refused') return `${title}: ${verdict.message}`;
  return title;
}

/** A few words after the title in the session list. */
export function shortDetail(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'admitted':
    case 'accepted-offline':
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
