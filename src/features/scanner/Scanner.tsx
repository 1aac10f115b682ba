import { useCallback, type ReactNode } from 'react';
import { CameraView } from './CameraView';
import { normaliseCode, type NormalisedCode } from './normalise-code';
import { TypedCodeForm } from './TypedCodeForm';
import { useKeyboardWedge } from './use-keyboard-wedge';

export type CodeSource = 'camera' | 'wedge' | 'typed';

interface ScannerProps {
  onRead: (code: NormalisedCode, source: CodeSource) => void;
  /** Shown over the camera picture (a count, a hint). */
  overlay?: ReactNode;
  /** Shown beside the camera, under the typed-code field. */
  children?: ReactNode;
}

/**
 * Every way a code reaches the door: camera, hardware scanner and typed entry, each cleaned by the same
 * function before it is handed on.
 */
export function Scanner({ onRead, overlay, children }: ScannerProps) {
  const fromCamera = useCallback((text: string) => onRead(normaliseCode(text), 'camera'), [onRead]);
  const fromWedge = useCallback((text: string) => onRead(normaliseCode(text), 'wedge'), [onRead]);
  useKeyboardWedge(fromWedge);
  return (
    <>
      <CameraView onCode={fromCamera} overlay={overlay} />
      <div className="scan-side">
        <TypedCodeForm onSubmit={(text) => onRead(normaliseCode(text), 'typed')} />
        {children}
      </div>
    </>
  );
}
