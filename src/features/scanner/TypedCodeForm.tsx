import { useState, type FormEvent } from 'react';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  label: { id: 'typedCode.label', defaultMessage: 'Ticket code' },
  check: { id: 'typedCode.check', defaultMessage: 'Check code' },
});

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
        {t(messages.label)}
        <input
          value={code}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="send"
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <button type="submit">{t(messages.check)}</button>
    </form>
  );
}
