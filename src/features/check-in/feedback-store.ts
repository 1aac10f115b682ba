/** The mute switch, remembered on this device. */
import { create } from 'zustand';
import { parsers, readSetting, writeSetting } from '../../lib/local-settings';

const KEY = 'muted';

interface FeedbackState {
  muted: boolean;
  toggleMute: () => void;
}

export const useFeedbackStore = create<FeedbackState>((set, get) => ({
  muted: readSetting(KEY, parsers.boolean) ?? false,
  toggleMute: () => {
    const muted = !get().muted;
    writeSetting(KEY, muted);
    set({ muted });
  },
}));
