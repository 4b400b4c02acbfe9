import { z } from 'zod';
import { UserErrorCode } from '../errors';
import { parseInput } from '../validation';

const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(5, 'Too long.'),
  nested: z.object({ email: z.email('Enter an email.') }),
  count: z.number().int().min(2, 'At least two.'),
});

describe('parseInput', () => {
  it('should return the parsed value when the input is valid', () => {
    expect(parseInput(schema, { name: ' Ann ', nested: { email: 'a@b.co' }, count: 2 })).toEqual({
      ok: true,
      value: { name: 'Ann', nested: { email: 'a@b.co' }, count: 2 },
    });
  });

  it('should name the field path and code of every problem when the input is invalid', () => {
    const result = parseInput(schema, { name: '', nested: { email: 'nope' }, count: 1 });

    expect(result).toEqual({
      ok: false,
      userErrors: [
        { field: ['input', 'name'], code: UserErrorCode.REQUIRED, message: 'Enter a name.' },
        { field: ['input', 'nested', 'email'], code: UserErrorCode.INVALID, message: 'Enter an email.' },
        { field: ['input', 'count'], code: UserErrorCode.TOO_SHORT, message: 'At least two.' },
      ],
    });
  });

  it('should report a missing value as required when a field is absent', () => {
    const result = parseInput(z.object({ name: z.string() }), {}, 'data');

    expect(result.ok ? [] : result.userErrors.map((e) => [e.field, e.code])).toEqual([[['data', 'name'], 'REQUIRED']]);
  });

  it('should report a value over the maximum as too long', () => {
    const result = parseInput(schema, { name: 'abcdefgh', nested: { email: 'a@b.co' }, count: 3 });

    expect(result.ok ? [] : result.userErrors.map((e) => e.code)).toEqual([UserErrorCode.TOO_LONG]);
  });
});
