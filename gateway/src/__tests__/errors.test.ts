import type { GraphQLFormattedError } from 'graphql';
import { formatError } from '../errors';

function subgraphAnswered(status: number, errors: { message: string; code: string }[]): GraphQLFormattedError {
  return {
    message: `${status}: Bad Request`,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      response: {
        status,
        body: { errors: errors.map(({ message, code }) => ({ message, extensions: { code } })) },
      },
    },
  };
}

describe('formatError', () => {
  it('should hand the caller a subgraph’s refusal of the variables it sent as BAD_USER_INPUT', () => {
    const message = 'Variable "$input" got invalid value "" at "input.periodEnd"; Value is not a valid LocalDate: ';
    const formatted = formatError(subgraphAnswered(400, [{ message, code: 'BAD_USER_INPUT' }]), new Error('x'));

    expect(formatted.message).toBe(message);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', requestId: 'unknown' });
  });

  it('should keep anything else a subgraph failed with an internal error', () => {
    const formatted = formatError(
      subgraphAnswered(400, [{ message: 'Cannot query field', code: 'GRAPHQL_VALIDATION_FAILED' }]),
      new Error('x'),
    );

    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
