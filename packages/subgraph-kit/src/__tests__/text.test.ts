import { z } from 'zod';
import { UserErrorCode } from '../errors';
import { TEXT_INPUT_MAX_LENGTH, checkText, countsVisible, emailAddress, nameText, text } from '../text';
import { parseInput } from '../validation';

const DECOMPOSED = 'Zoe\u0301'; // e + combining acute
const COMPOSED = 'Zo\u00E9';

describe('checkText', () => {
  it('should answer the text in NFC when it is well-formed', () => {
    expect(checkText(DECOMPOSED)).toEqual({ ok: true, value: COMPOSED });
  });

  it.each([
    ['a NUL byte', 'a\u0000b', 'contains a control character (U+0000)'],
    ['a newline', 'a\nb', 'contains a control character (U+000A)'],
    ['a C1 control', 'a\u0085b', 'contains a control character (U+0085)'],
    ['a lone high surrogate', 'a\uD800b', 'is not well-formed Unicode text (it holds half of a surrogate pair)'],
    [
      'a lone low surrogate at the end',
      'ab\uDC00',
      'is not well-formed Unicode text (it holds half of a surrogate pair)',
    ],
  ])('should refuse %s', (_case, value, reason) => {
    expect(checkText(value)).toEqual({ ok: false, reason });
  });

  it('should keep a surrogate pair, which is one character', () => {
    expect(checkText('ok \uD83D\uDE00')).toEqual({ ok: true, value: 'ok \uD83D\uDE00' });
  });

  it('should refuse text longer than the default maximum of 2,000 characters', () => {
    expect(checkText('x'.repeat(TEXT_INPUT_MAX_LENGTH))).toEqual({ ok: true, value: 'x'.repeat(2000) });
    expect(checkText('x'.repeat(2001))).toEqual({ ok: false, reason: 'is longer than 2000 characters' });
  });

  it('should refuse text longer than a tighter maximum when one is given', () => {
    expect(checkText('x'.repeat(101), 100)).toEqual({ ok: false, reason: 'is longer than 100 characters' });
  });
});

describe('countsVisible', () => {
  it.each([
    ['spaces and zero-width characters', ' \u200B\u200C\u200D\u2060\uFEFF '],
    ['right-to-left overrides and marks', '\u202E\u202D\u200F\u2067'],
    ['Hangul fillers and the blank Braille pattern', '\u3164\u115F\uFFA0\u2800'],
    ['combining marks alone', '\u0301\u0302'],
  ])('should see nothing in %s', (_case, value) => {
    expect(countsVisible(value)).toBe(false);
  });

  it.each([['Ann'], ['李'], ['٣'], ['😀'], ['.']])('should see %s', (value) => {
    expect(countsVisible(value)).toBe(true);
  });
});

describe('text', () => {
  it('should answer the text in NFC', () => {
    expect(text().parse(DECOMPOSED)).toBe(COMPOSED);
  });

  it('should refuse a control character with one issue naming it', () => {
    const result = text().safeParse('a\u0000');

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'This value contains a control character (U+0000).',
    ]);
  });

  it('should refuse a lone surrogate', () => {
    expect(text().safeParse('\uDBFF').success).toBe(false);
  });

  it('should refuse text over its maximum as too long, before looking at anything else', () => {
    const result = text(5).safeParse('abcdef\u0000');

    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['too_big']);
  });
});

describe('nameText', () => {
  const schema = z.object({ name: nameText({ maxLength: 50, required: 'Enter a name.' }) });

  it('should trim a name and answer it in NFC when it is acceptable', () => {
    expect(parseInput(schema, { name: `  ${DECOMPOSED}  ` })).toEqual({ ok: true, value: { name: COMPOSED } });
  });

  it.each([
    ['zero-width spaces', '\u200B\u200B'],
    ['a right-to-left override and a Hangul filler', '\u202E\u3164'],
    ['a word joiner and a no-break space', '\u2060\u00A0'],
  ])('should refuse a name made only of %s with a field-level error', (_case, name) => {
    const result = parseInput(schema, { name });

    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.userErrors.map((error) => [error.field, error.code])).toContainEqual([
      ['input', 'name'],
      UserErrorCode.INVALID,
    ]);
  });

  it('should refuse a name that carries a right-to-left override among letters', () => {
    const result = parseInput(schema, { name: 'Invoice \u202Efdp.exe' });

    expect(result.ok ? [] : result.userErrors.map((error) => error.message)).toEqual([
      'Remove the text-direction control characters (such as U+202E); they can disguise a name.',
    ]);
  });

  it('should call an empty name required and a long one too long', () => {
    const empty = parseInput(schema, { name: '   ' });
    const long = parseInput(schema, { name: 'x'.repeat(51) });

    expect(empty.ok ? [] : empty.userErrors.map((error) => error.code)).toEqual([UserErrorCode.REQUIRED]);
    expect(long.ok ? [] : long.userErrors.map((error) => error.code)).toEqual([UserErrorCode.TOO_LONG]);
  });
});

describe('emailAddress', () => {
  const schema = z.object({ email: emailAddress({ required: 'Enter an email address.' }) });
  const domain = '@example.com';

  it('should accept and trim an address at RFC 5321’s limits', () => {
    const local = 'l'.repeat(64);
    const longest = `${local}@${'d'.repeat(63)}.${'e'.repeat(60)}.${'f'.repeat(60)}.com`;

    expect(longest).toHaveLength(254);
    expect(parseInput(schema, { email: ` ${longest} ` })).toEqual({ ok: true, value: { email: longest } });
  });

  it('should refuse a 312-character address as too long', () => {
    const email = `${'a'.repeat(61)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(63)}.com`;

    expect(email).toHaveLength(312);
    const result = parseInput(schema, { email });
    expect(result.ok ? [] : result.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'email'], UserErrorCode.TOO_LONG],
    ]);
  });

  it('should refuse a local part longer than 64 characters', () => {
    const result = parseInput(schema, { email: `${'a'.repeat(65)}${domain}` });

    expect(result.ok ? [] : result.userErrors.map((error) => error.message)).toEqual([
      'The part before the @ can be at most 64 characters.',
    ]);
  });

  it('should refuse an empty address as required', () => {
    const result = parseInput(schema, { email: '  ' });

    expect(result.ok ? [] : result.userErrors.map((error) => error.code)).toEqual([UserErrorCode.REQUIRED]);
  });
});
