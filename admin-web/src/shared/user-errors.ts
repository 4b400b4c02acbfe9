import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

export type UserErrorLike = { field: readonly string[] | null; message: string };

/**
 * Puts each userError on the form field it names (`["input", "email"]` → `email`) and
 * returns the messages that belong to no field, for a form-level alert.
 */
export function applyUserErrors<F extends FieldValues>(
  errors: readonly UserErrorLike[],
  setError: UseFormSetError<F>,
  fields: readonly Path<F>[],
): string | null {
  const rest: string[] = [];
  let focused = false;
  for (const error of errors) {
    const name = error.field?.[error.field.length - 1] as Path<F> | undefined;
    if (name !== undefined && fields.includes(name)) {
      setError(name, { type: 'server', message: error.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      rest.push(error.message);
    }
  }
  return rest.length ? rest.join(' ') : null;
}
