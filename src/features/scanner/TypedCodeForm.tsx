import { useState, type FormEvent } from 'react';

/** For damaged codes: the code typed from the ticket; submitting an empty field is explained, not sent. */
export function TypedCodeForm({ onSubmit }: { onSubmit: (text: string) => void }) {
  const [code, setCode] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(code);
    setCode('');
  }

  return (
    <form className="typed-code" onSubmit={submit} noValidate>
      <label>
        Ticket code
        <input
          value={code}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="send"
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <button type="submit">Check code</button>
    </form>
  );
}
