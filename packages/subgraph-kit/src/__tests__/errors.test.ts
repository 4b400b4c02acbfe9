import { formatError } from '../errors';

describe('formatError', () => {
  it('should pass a known error through without its stack trace', () => {
    const formatted = formatError({
      message: 'Customer not found.',
      path: ['customer'],
      extensions: { code: 'NOT_FOUND', stacktrace: ['at secret.ts:1'] },
    });

    expect(formatted).toEqual({
      message: 'Customer not found.',
      path: ['customer'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('should hide the message and details of an unexpected error', () => {
    const formatted = formatError({
      message: 'relation "accounts.customers" does not exist',
      path: ['customers'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', exception: { query: 'SELECT …' } },
    });

    expect(formatted).toEqual({
      message: 'Something went wrong on our side. Try again; if it persists, contact support with the request id.',
      path: ['customers'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
