import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

type Common = {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input with its hint and error wired up for screen readers. Takes `register()`'s props. */
export function TextField({
  label,
  error,
  hint,
  id: givenId,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  label,
  error,
  hint,
  id: givenId,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
      >
        {children}
      </select>
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

/**
 * A labelled multi-line input. With `counter`, shows how many of the allowed characters are
 * used (announced politely, so typing is not interrupted at every key).
 */
export function TextAreaField({
  label,
  error,
  hint,
  id: givenId,
  counter,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { counter?: { length: number; max: number } }) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...textarea}
      />
      {counter && (
        <p
          className={counter.length > counter.max ? 'field__counter field__counter--over' : 'field__counter'}
          aria-live="polite"
          data-testid="character-counter"
        >
          {counter.length.toLocaleString('en')} / {counter.max.toLocaleString('en')}
        </p>
      )}
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

function describedBy(id: string, error: string | undefined, hint: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldNotes({ id, error, hint }: { id: string } & Pick<Common, 'error' | 'hint'>) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}

/** A form-level message; announced when it appears. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  return (
    <div role="alert" className="alert" data-empty={message ? undefined : ''}>
      {message}
    </div>
  );
}
