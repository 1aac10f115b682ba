/**
 * Sound and vibration for verdicts. Tones are synthesised with Web Audio (no files to download or cache);
 * browsers keep the audio context suspended until a tap, so `unlockAudio` runs on the first one.
 */
export type ToneKind = 'ok' | 'warning' | 'error' | 'attention';

interface Tone {
  notes: number[];
  noteMs: number;
  wave: OscillatorType;
  vibrate: number[];
}

// Distinct by pitch, rhythm and timbre, so they can be told apart without looking.
const TONES: Record<ToneKind, Tone> = {
  ok: { notes: [880, 1320], noteMs: 90, wave: 'sine', vibrate: [60] },
  warning: { notes: [660, 0, 660], noteMs: 120, wave: 'triangle', vibrate: [120, 80, 120] },
  error: { notes: [220], noteMs: 450, wave: 'square', vibrate: [400] },
  attention: { notes: [520, 0, 520, 0, 520], noteMs: 80, wave: 'triangle', vibrate: [80, 60, 80, 60, 80] },
};

let context: AudioContext | null = null;

/** Creates or resumes the audio context; call from a user gesture. */
export function unlockAudio(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
}

function playNotes(audio: AudioContext, tone: Tone): void {
  const gain = audio.createGain();
  gain.gain.value = 0.25;
  gain.connect(audio.destination);
  tone.notes.forEach((frequency, index) => {
    if (frequency === 0) return;
    const start = audio.currentTime + (index * tone.noteMs) / 1000;
    const oscillator = audio.createOscillator();
    oscillator.type = tone.wave;
    oscillator.frequency.value = frequency;
    oscillator.connect(gain);
    oscillator.start(start);
    oscillator.stop(start + tone.noteMs / 1000);
  });
}

/** Plays the tone and vibration for a verdict; silent when muted or before the first tap. */
export function giveFeedback(kind: ToneKind, muted: boolean): void {
  const tone = TONES[kind];
  if (!muted && context?.state === 'running') playNotes(context, tone);
  if (typeof navigator.vibrate === 'function') navigator.vibrate(tone.vibrate);
}
