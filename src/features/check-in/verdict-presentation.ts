/**
 * How each verdict looks and sounds (DESIGN.md §4): never colour alone, always its own icon shape and
 * words. Each verdict's colours are the `--verdict-<kind>-*` properties in styles.css; the colour test
 * (verdict-colours.test.ts) reads them there and checks every pair stays apart, also for colour-blind eyes.
 */
import type { OfflinePolicy } from '../../lib/offline-policy';
import { doorLabel } from '../../lib/door-label';
import type { ToneKind } from './feedback';
import type { Verdict, VerdictKind } from './verdict';
import { defineMessages, t, type MessageDescriptor } from '../../lib/i18n';

const messages = defineMessages({
  admitted: { id: 'verdict.admitted', defaultMessage: 'Admitted' },
  notVerified: { id: 'verdict.notVerified', defaultMessage: 'Saved offline — not verified' },
  acceptedOffline: {
    id: 'verdict.acceptedOffline',
    defaultMessage: 'First scan at this venue — not verified',
  },
  alreadyUsed: { id: 'verdict.alreadyUsed', defaultMessage: 'Already used' },
  refused: { id: 'verdict.refused', defaultMessage: 'Refused' },
  doorsNotOpen: { id: 'verdict.doorsNotOpen', defaultMessage: 'Doors not open yet' },
  repeatOnDevice: { id: 'verdict.repeatOnDevice', defaultMessage: 'Scanned twice on this device' },
  needsAuth: { id: 'verdict.needsAuth', defaultMessage: 'Sign in again' },
  policyHold: {
    id: 'verdict.policyHold',
    defaultMessage: 'Hold the guest: ask them to wait until the ticket can be checked.',
  },
  policyAdmit: {
    id: 'verdict.policyAdmit',
    defaultMessage: 'Let the guest in; the ticket is checked as soon as the network is back.',
  },
  spoken: { id: 'verdict.spoken', defaultMessage: '{title}: {detail}' },
  firstAt: { id: 'verdict.firstAt', defaultMessage: 'first at {door}' },
});

export type VerdictIconShape =
  'check' | 'check-dashed' | 'clock' | 'exclamation' | 'cross' | 'hourglass' | 'repeat' | 'lock';

/** Let the guest in, stop the guest, or neither (the device must sign in again). */
export type VerdictFamily = 'let-in' | 'stop' | 'neutral';

export interface VerdictLook {
  tone: ToneKind | null;
  icon: VerdictIconShape;
  family: VerdictFamily;
  title: MessageDescriptor;
}

export const VERDICT_LOOKS: Record<VerdictKind, VerdictLook> = {
  admitted: { tone: 'ok', icon: 'check', family: 'let-in', title: messages.admitted },
  'not-verified': {
    tone: 'attention',
    icon: 'clock',
    family: 'let-in',
    title: messages.notVerified,
  },
  'accepted-offline': {
    tone: 'attention',
    icon: 'check-dashed',
    family: 'let-in',
    title: messages.acceptedOffline,
  },
  'already-used': { tone: 'warning', icon: 'exclamation', family: 'stop', title: messages.alreadyUsed },
  refused: { tone: 'error', icon: 'cross', family: 'stop', title: messages.refused },
  'doors-not-open': { tone: 'error', icon: 'hourglass', family: 'stop', title: messages.doorsNotOpen },
  'repeat-on-device': {
    tone: 'warning',
    icon: 'repeat',
    family: 'stop',
    title: messages.repeatOnDevice,
  },
  'needs-auth': { tone: null, icon: 'lock', family: 'neutral', title: messages.needsAuth },
};

/** The verdict's look, with its title in the current language. */
export function lookFor(verdict: Verdict): Omit<VerdictLook, 'title'> & { title: string } {
  const look = VERDICT_LOOKS[verdict.kind];
  return { ...look, title: t(look.title) };
}

/** Green clears itself so the next guest can step up; everything else waits for a tap or a new code. */
export const ADMITTED_CLEAR_MS = 1_500;

/** What staff do on the not-verified verdict, by the venue's offline policy. */
export function offlinePolicyWords(policy: OfflinePolicy): string {
  return t(policy === 'hold' ? messages.policyHold : messages.policyAdmit);
}

/** One sentence for the live region: the title and the fact that matters most. */
export function spokenSummary(verdict: Verdict): string {
  const title = t(VERDICT_LOOKS[verdict.kind].title);
  if (verdict.kind === 'admitted' && verdict.answer.holderName)
    return t(messages.spoken, { title, detail: verdict.answer.holderName });
  if (verdict.kind === 'refused') return t(messages.spoken, { title, detail: verdict.message });
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
        ? t(messages.firstAt, { door: doorLabel(verdict.answer.previouslyRedeemedAtDoor) })
        : '';
    case 'refused':
      return verdict.message;
    case 'repeat-on-device':
      return t(messages.firstAt, { door: doorLabel(verdict.first.door) });
    default:
      return '';
  }
}
