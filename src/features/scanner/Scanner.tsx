import { useCallback } from 'react';
import { CameraView } from './CameraView';
import { normaliseCode, type NormalisedCode } from './normalise-code';
import { TypedCodeForm } from './TypedCodeForm';
import { useKeyboardWedge } from './use-keyboard-wedge';

export type CodeSource = 'camera' | 'wedge' | 'typed';

/**
 * Every way a code reaches the door: camera, hardware scanner and typed entry, each cleaned by the same
 * function before it is handed on.
 */
export function Scanner({ onRead }: { onRead: (code: NormalisedCode, source: CodeSource) => void }) {
  const fromCamera = useCallback((text: string) => onRead(normaliseCode(text), 'camera'), [onRead]);
  const fromWedge = useCallback((text: string) => onRead(normaliseCode(text), 'wedge'), [onRead]);
  useKeyboardWedge(fromWedge);
  return (
    <div className="scanner">
      <CameraView onCode={fromCamera} />
      <TypedCodeForm onSubmit={(text) => onRead(normaliseCode(text), 'typed')} />
    </div>
  );
}
