import { useState, type FormEvent } from 'react';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  note: { id: 'override.note', defaultMessage: 'Note for the audit log (optional)' },
  sending: { id: 'override.sending', defaultMessage: 'Sending override…' },
  button: { id: 'override.button', defaultMessage: 'Override' },
});

/** Lets staff admit a guest before doors open; the note goes to the audit log. */
export function OverrideForm({ onOverride }: { onOverride: (note: string) => void }) {
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(true);
    onOverride(note);
  }

  return (
    <form className="override-form" onSubmit={onSubmit}>
      <label>
        {t(messages.note)}
        <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={sent}>
        {t(sent ? messages.sending : messages.button)}
      </button>
    </form>
  );
}
