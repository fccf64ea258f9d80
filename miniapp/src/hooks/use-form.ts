import { useState } from 'react';
import { errorMessage } from '../services/api-error';

/** A form's values and a message per field; changing a field clears its message. */
export function useFormValues<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V, string>>>({});

  const set = (change: Partial<V>) => {
    setValues((v) => ({ ...v, ...change }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(change)) delete next[key as keyof V];
      return next;
    });
  };

  return { values, setValues, errors, setErrors, set };
}

export interface SubmitSteps<E, I> {
  /** The check on this device: the per-field messages, and the input once there are none. */
  check: () => { errors: E; input: I | null };
  /** The line above the button when the check fails. */
  summary: (errors: E) => string;
  send: (input: I) => Promise<void>;
  /** A failed send's per-field messages; without it the fields keep the check's. */
  serverErrors?: (error: unknown) => E;
}

/**
 * Sending a form: checked first, then sent once at a time (`busy`), with the check's summary or
 * the server's message in `formError` above the button.
 */
export function useFormSubmit<E>(setErrors: (errors: E) => void) {
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async <I>({ check, summary, send, serverErrors }: SubmitSteps<E, I>) => {
    if (busy) return;
    const checked = check();
    setErrors(checked.errors);
    if (!checked.input) {
      setFormError(summary(checked.errors));
      return;
    }
    setFormError(null);
    setBusy(true);
    try {
      await send(checked.input);
    } catch (e) {
      if (serverErrors) setErrors(serverErrors(e));
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return { busy, formError, setFormError, submit };
}
