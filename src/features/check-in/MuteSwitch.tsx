import { useEffect } from 'react';
import { unlockAudio } from './feedback';
import { useFeedbackStore } from './feedback-store';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  sound: { id: 'mute.sound', defaultMessage: 'Sound' },
});

/** The sound switch; also unlocks Web Audio on the first tap anywhere, as browsers require. */
export function MuteSwitch() {
  const muted = useFeedbackStore((state) => state.muted);
  const toggleMute = useFeedbackStore((state) => state.toggleMute);

  useEffect(() => {
    const unlock = () => unlockAudio();
    window.addEventListener('pointerdown', unlock, { once: true });
    window.addEventListener('keydown', unlock, { once: true });
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, []);

  return (
    <label className="switch">
      <input type="checkbox" role="switch" checked={!muted} onChange={toggleMute} />
      {t(messages.sound)}
    </label>
  );
}
