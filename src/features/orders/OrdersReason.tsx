import { useId } from 'react';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  label: { id: 'bo.ordersReason.label', defaultMessage: 'Reason for cancelling the orders (required)' },
  missing: { id: 'bo.ordersReason.missing', defaultMessage: 'Enter a reason; it is kept with each order.' },
});

interface Props {
  reason: string;
  missing: boolean;
  onChange: (reason: string) => void;
}

/** The reason kept with every cancelled order; required, explained when it is left empty. */
export function OrdersReason({ reason, missing, onChange }: Props) {
  const errorId = useId();
  return (
    <>
      <label>
        {t(messages.label)}
        <textarea
          rows={2}
          value={reason}
          aria-invalid={missing}
          aria-describedby={missing ? errorId : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {missing && (
        <p id={errorId} className="error">
          {t(messages.missing)}
        </p>
      )}
    </>
  );
}
