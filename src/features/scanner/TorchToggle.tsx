import { useState } from 'react';
import { setTorch, supportsTorch } from './media-track-torch';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  label: { id: 'torch.label', defaultMessage: 'Torch' },
});

/** A torch switch, shown only when the camera track has one. */
export function TorchToggle({ track }: { track: MediaStreamTrack }) {
  const [on, setOn] = useState(false);
  if (!supportsTorch(track)) return null;

  async function toggle() {
    if (await setTorch(track, !on)) setOn(!on);
  }

  return (
    <button type="button" aria-pressed={on} onClick={() => void toggle()}>
      {t(messages.label)}
    </button>
  );
}
