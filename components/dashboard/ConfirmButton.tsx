import { useEffect, useRef, useState } from 'react';

interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  testId: string;
}

/**
 * A destructive action in two steps, inline: no browser dialog (which blocks the page and cannot
 * be styled or translated), and focus moves to the safe choice first.
 */
export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm, testId }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="button button--danger" onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        data-testid={`${testId}-confirm`}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button" ref={cancel} onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </div>
  );
}
