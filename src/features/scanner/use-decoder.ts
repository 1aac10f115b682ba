import { useEffect, useState } from 'react';
import type { Decoder } from '../../lib/decoder';

export type DecoderState =
  { status: 'loading' } | { status: 'ready'; decoder: Decoder } | { status: 'failed' };

/**
 * Loads the QR decoder on demand when the scanner mounts, in parallel with the camera start, so its code
 * never weighs on the first paint. Disposed on unmount.
 */
export function useDecoder(): DecoderState {
  const [state, setState] = useState<DecoderState>({ status: 'loading' });
  useEffect(() => {
    let stopped = false;
    let loaded: Decoder | null = null;
    import('../../lib/decoder')
      .then(({ createDecoder }) => createDecoder())
      .then(
        (decoder) => {
          if (stopped) return decoder.dispose();
          loaded = decoder;
          setState({ status: 'ready', decoder });
        },
        () => !stopped && setState({ status: 'failed' }),
      );
    return () => {
      stopped = true;
      loaded?.dispose();
    };
  }, []);
  return state;
}
