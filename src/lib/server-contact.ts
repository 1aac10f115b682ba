/**
 * Whether the server answered the latest request this page made to it, from the live check-in and from
 * the sync queue alike, so the door's status line recovers as soon as the queue gets through after an
 * outage (and does not keep showing the outage until the next person's scan).
 */
import { create } from 'zustand';

interface ServerContact {
  /** 'answered' when the latest request got an HTTP answer, 'failed' when it got none, null before any. */
  latest: 'answered' | 'failed' | null;
  noteAnswered: () => void;
  noteFailed: () => void;
}

export const useServerContactStore = create<ServerContact>((set) => ({
  latest: null,
  noteAnswered: () => set({ latest: 'answered' }),
  noteFailed: () => set({ latest: 'failed' }),
}));

/** Records how one request ended: any HTTP answer (also a 429 or a 500) means the server is reachable. */
export function noteServerContact(result: { ok: true } | { ok: false; failure: { kind: string } }): void {
  const store = useServerContactStore.getState();
  if (result.ok || result.failure.kind === 'http') store.noteAnswered();
  else store.noteFailed();
}
