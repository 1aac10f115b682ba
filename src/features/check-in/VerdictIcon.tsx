import type { ReactNode } from 'react';
import type { VerdictIconShape } from './verdict-presentation';

// Each shape differs in outline too (circle, triangle, octagon, square…), so it reads at a glance and
// without colour.
const SHAPES: Record<VerdictIconShape, ReactNode> = {
  check: <path d="M14 33 L27 46 L50 18" />,
  'check-dashed': (
    <>
      <circle cx="32" cy="32" r="26" strokeDasharray="7 6" />
      <path d="M20 33 L29 42 L45 22" />
    </>
  ),
  clock: (
    <>
      <circle cx="32" cy="32" r="24" />
      <path d="M32 18 L32 32 L42 38" />
    </>
  ),
  exclamation: (
    <>
      <path d="M32 6 L60 56 L4 56 Z" />
      <path d="M32 24 L32 40 M32 48 L32 49" />
    </>
  ),
  cross: (
    <>
      <path d="M21 5 L43 5 L59 21 L59 43 L43 59 L21 59 L5 43 L5 21 Z" />
      <path d="M22 22 L42 42 M42 22 L22 42" />
    </>
  ),
  hourglass: <path d="M16 6 L48 6 M16 58 L48 58 M19 6 L45 58 M45 6 L19 58" />,
  repeat: (
    <>
      <rect x="8" y="8" width="32" height="32" rx="4" />
      <rect x="24" y="24" width="32" height="32" rx="4" />
    </>
  ),
  lock: <path d="M22 30 L22 22 A10 10 0 0 1 42 22 L42 30 M18 30 L46 30 L46 52 L18 52 Z" />,
};

/** A large outlined symbol, so each verdict differs in shape as well as colour. */
export function VerdictIcon({ shape }: { shape: VerdictIconShape }) {
  return (
    <svg className="verdict-icon" viewBox="0 0 64 64" aria-hidden="true" data-shape={shape}>
      {SHAPES[shape]}
    </svg>
  );
}
