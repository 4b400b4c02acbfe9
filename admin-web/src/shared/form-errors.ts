import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { UserErrorLike } from './user-errors';

/**
 * Puts each server `userError` on the field its path names (`["input", "location", "city"]`
 * → `location.city`) and focuses the first of them in the form's own order, not the
 * server's. Returns the messages that belong to no field, for the form's alert.
 */
export function applyServerErrors<F extends FieldValues>(
  errors: readonly UserErrorLike[],
  setError: UseFormSetError<F>,
  fieldsInOrder: readonly Path<F>[],
  /** Server paths the form names otherwise, e.g. `location.lines.1` → `location.line2`. */
  aliases: Readonly<Record<string, Path<F>>> = {},
): string | null {
  const onFields = new Map<Path<F>, string>();
  const rest: string[] = [];
  for (const error of errors) {
    const raw = (error.field ?? []).filter((part, index) => !(index === 0 && part === 'input')).join('.');
    const path = aliases[raw] ?? raw;
    const field = fieldsInOrder.find((name) => name === path || path.startsWith(`${name}.`));
    if (field === undefined) rest.push(error.message);
    else if (!onFields.has(field)) onFields.set(field, error.message);
  }
  const first = fieldsInOrder.find((field) => onFields.has(field));
  for (const field of fieldsInOrder) {
    const message = onFields.get(field);
    if (message !== undefined) setError(field, { type: 'server', message }, { shouldFocus: field === first });
  }
  return rest.length ? rest.join(' ') : null;
}
