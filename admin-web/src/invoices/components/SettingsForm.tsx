import type { FormEvent, ReactNode } from 'react';
import { FormAlert } from '../../shared/components/fields';

type Props = {
  label: string;
  title: string;
  description?: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  pending: boolean;
  editable: boolean;
  message: { ok: boolean; text: string } | null;
  children: ReactNode;
};

/** One card of the billing settings page: its fields, its Save button and what saving said. */
export function SettingsForm({
  label,
  title,
  description,
  onSubmit,
  submitLabel,
  pending,
  editable,
  message,
  children,
}: Props) {
  return (
    <form className="card form" aria-label={label} noValidate onSubmit={onSubmit}>
      <h2 className="card__title">{title}</h2>
      {description && <p className="muted">{description}</p>}
      {message?.ok ? (
        <p className="notice notice--success" role="status">
          {message.text}
        </p>
      ) : (
        <FormAlert message={message?.text} />
      )}
      <fieldset className="fieldset form-grid" disabled={!editable}>
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
      {editable && (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? 'Saving…' : submitLabel}
          </button>
        </div>
      )}
    </form>
  );
}
