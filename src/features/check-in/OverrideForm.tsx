import { useState, type FormEvent } from 'react';

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
        Note for the audit log (optional)
        <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={sent}>
        {sent ? 'Sending override…' : 'Override'}
      </button>
    </form>
  );
}
