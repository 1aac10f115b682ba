import { useId } from 'react';

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
        Reason for cancelling the orders (required)
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
          Enter a reason; it is kept with each order.
        </p>
      )}
    </>
  );
}
