import type { VerdictIconShape } from './verdict-presentation';

const PATHS: Record<VerdictIconShape, string> = {
  check: 'M14 33 L27 46 L50 18',
  exclamation: 'M32 12 L32 38 M32 48 L32 52',
  cross: 'M16 16 L48 48 M48 16 L16 48',
  clock: 'M32 18 L32 32 L42 38',
  lock: 'M22 30 L22 22 A10 10 0 0 1 42 22 L42 30 M18 30 L46 30 L46 52 L18 52 Z',
};

/** A large outlined symbol, so each verdict differs in shape as well as colour. */
export function VerdictIcon({ shape }: { shape: VerdictIconShape }) {
  return (
    <svg className="verdict-icon" viewBox="0 0 64 64" aria-hidden="true" data-shape={shape}>
      {shape === 'clock' && <circle cx="32" cy="32" r="24" />}
      <path d={PATHS[shape]} />
    </svg>
  );
}
