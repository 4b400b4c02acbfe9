import { z } from 'zod';
import { type UserError, UserErrorCode, userError } from './errors';

export type Parsed<T> = { ok: true; value: T } | { ok: false; userErrors: UserError[] };

function codeFor(issue: z.core.$ZodIssue): UserErrorCode {
  switch (issue.code) {
    case 'too_small':
      return issue.minimum === 1 && issue.origin === 'string' ? UserErrorCode.REQUIRED : UserErrorCode.TOO_SHORT;
    case 'too_big':
      return UserErrorCode.TOO_LONG;
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? UserErrorCode.REQUIRED : UserErrorCode.INVALID;
    default:
      return UserErrorCode.INVALID;
  }
}

/**
 * Validates a mutation's input at the edge. Every problem becomes a `UserError` whose
 * `field` is the path from the mutation argument, e.g. `["input", "name"]`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, argument = 'input'): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    userErrors: result.error.issues.map((issue) =>
      userError(codeFor(issue), issue.message, [argument, ...issue.path.map(String)]),
    ),
  };
}
