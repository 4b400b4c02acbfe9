import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { applyServerErrors } from '../shared/form-errors';
import { describeError } from '../shared/graphql-errors';
import type { UserErrorLike } from '../shared/user-errors';

/**
 * Runs one settings mutation and turns its outcome into the form's message: the `userErrors`
 * on their fields, the rest (or a failure) in the alert, "saved" otherwise.
 */
export function useSettingsSubmit<F extends FieldValues>(
  setError: UseFormSetError<F>,
  fields: readonly Path<F>[],
  aliases: Readonly<Record<string, Path<F>>> = {},
) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (
    send: () => Promise<{ userErrors: readonly UserErrorLike[] } | null | undefined>,
    success: string,
  ): Promise<boolean> => {
    setMessage(null);
    try {
      const payload = await send();
      if (!payload) return false;
      if (payload.userErrors.length === 0) {
        setMessage({ ok: true, text: success });
        return true;
      }
      const rest = applyServerErrors(payload.userErrors, setError, fields, aliases);
      if (rest) setMessage({ ok: false, text: rest });
      return false;
    } catch (error) {
      setMessage({ ok: false, text: describeError(error, 'Not saved') });
      return false;
    }
  };
  return { message, run };
}
