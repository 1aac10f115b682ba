import { useId, type ReactNode } from 'react';

/** What an input needs to be tied to its label, hint and errors for screen readers. */
export interface FieldA11y {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  label: string;
  errors?: string[] | undefined;
  hint?: string;
  children: (a11y: FieldA11y) => ReactNode;
}

/** A labelled field whose hint and error messages are announced with the input. */
export function FormField({ label, errors, hint, children }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasErrors = (errors?.length ?? 0) > 0;
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={hasErrors ? 'bo-field bo-field-invalid' : 'bo-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': hasErrors, 'aria-describedby': describedBy || undefined })}
      {hint && (
        <p id={hintId} className="muted bo-hint">
          {hint}
        </p>
      )}
      {hasErrors && (
        <p id={errorId} className="error bo-field-error">
          {errors?.join(' ')}
        </p>
      )}
    </div>
  );
}
