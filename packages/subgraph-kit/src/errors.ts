import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { isCallerFacingErrorCode } from './contracts/errors';
import type { Logger } from './http/logger';

/** What a client can branch on when a mutation is refused for a reason a person can fix. */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  TAKEN = 'TAKEN',
  NOT_FOUND = 'NOT_FOUND',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was refused.',
  valuesConfig: {
    INVALID: { description: 'The value is not in an accepted form.' },
    REQUIRED: { description: 'A value is required.' },
    TOO_SHORT: { description: 'The value is shorter than allowed.' },
    TOO_LONG: { description: 'The value is longer than allowed.' },
    TAKEN: { description: 'The value must be unique and is already used.' },
    NOT_FOUND: { description: 'A referenced record does not exist or is not visible to the caller.' },
    NOT_ALLOWED: { description: 'The caller may not do this.' },
  },
});

@Directive('@shareable')
@ObjectType({ description: 'A reason a mutation was refused, for a person to act on.' })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field at fault, e.g. ["input", "name"]; null when not about one field.',
  })
  field: string[] | null;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code: UserErrorCode | DomainErrorCode;

  @Field({ description: 'What went wrong, in words a person can act on.' })
  message: string;
}

declare const domainErrorCode: unique symbol;

/** A `userErrors` code that only one domain gives, e.g. `CREDITS_INSUFFICIENT`; see `defineErrorCodes`. */
export type DomainErrorCode = string & { readonly [domainErrorCode]: true };

/** A module's own codes, by name. */
export type DomainErrorCodes = Readonly<Record<string, DomainErrorCode>>;

const domainErrorDescriptions = new Map<string, string>();

/**
 * Declares the codes a domain adds to `UserErrorCode`, each with its description, so that the
 * shared enum holds only what every domain needs. The module lists them in its `errorCodes`;
 * the subgraph's schema then carries them, and federation merges each subgraph's values.
 */
export function defineErrorCodes<TCode extends string>(
  descriptions: Record<TCode, string>,
): Readonly<Record<TCode, DomainErrorCode>> {
  const codes = {} as Record<TCode, DomainErrorCode>;
  for (const [code, description] of Object.entries<string>(descriptions)) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) throw new Error(`Error code ${code} is not in SCREAMING_SNAKE_CASE`);
    if (code in UserErrorCode) throw new Error(`Error code ${code} is already one every domain shares`);
    domainErrorDescriptions.set(code, description);
    codes[code as TCode] = code as DomainErrorCode;
  }
  return Object.freeze(codes);
}

export function descriptionOfErrorCode(code: DomainErrorCode): string {
  return domainErrorDescriptions.get(code) ?? '';
}

export function userError(
  code: UserErrorCode | DomainErrorCode,
  message: string,
  field: string[] | null = null,
): UserError {
  return Object.assign(new UserError(), { code, message, field });
}

/** Thrown when the caller has no valid credentials. */
export class AuthenticationError extends GraphQLError {
  constructor(message = 'Sign in to continue: the request carries no valid access token.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** Thrown for a record that does not exist or is not the caller's: the two look the same. */
export class NotFoundError extends GraphQLError {
  constructor(what: string) {
    super(`${what} not found.`, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this.') {
    // No HTTP status: a refused field is a partial answer, and the gateway reads a 403 as a failed subgraph.
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

function isExposed(code: unknown): boolean {
  return isCallerFacingErrorCode(code);
}

/**
 * The one error mapper: known errors pass through as they are; anything else is a bug or an
 * outage, answered with a generic message so nothing internal leaks (it is logged in full,
 * with the request id, by `unexpectedErrorLogging`).
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (isExposed(formatted.extensions?.code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Something went wrong on our side. Try again; if it persists, contact support with the request id.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs every error the mapper hides, on the request's own logger so it carries the request id. */
export function unexpectedErrorLogging(fallback: Logger): ApolloServerPlugin<{ logger?: Logger }> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ contextValue, errors }) => {
          const logger = contextValue.logger ?? fallback;
          for (const error of errors) {
            if (isExposed(error.extensions?.code)) continue;
            logger.error({ err: unwrapResolverError(error), path: error.path }, 'unexpected error in resolver');
          }
          return Promise.resolve();
        },
      }),
  };
}
