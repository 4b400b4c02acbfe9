import { z } from 'zod/mini';

/** The server's text rules (the kit's `text.ts`), for the forms of this feature. */

// A character that shows, and the controls that reorder text around them (as the server's nameText).
const VISIBLE = /(?![\p{Default_Ignorable_Code_Point}\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/** A name a person reads, trimmed; `required` is the message when it is left empty. */
export function nameField(options: { maxLength: number; tooLong: string; required?: string }) {
  return z.string().check(
    z.trim(),
    ...(options.required ? [z.minLength(1, options.required)] : []),
    z.maxLength(options.maxLength, options.tooLong),
    z.refine<string>((value) => value === '' || VISIBLE.test(value), {
      message: 'Use at least one visible letter, digit or sign; invisible and control characters do not count.',
    }),
    z.refine<string>((value) => !DIRECTION_CONTROL.test(value), {
      message: 'Remove the text-direction control characters (such as U+202E); they can disguise a name.',
    }),
  );
}

/** An email address, or nothing. */
export function optionalEmail() {
  return z.string().check(
    z.trim(),
    z.maxLength(254, 'An email address can be at most 254 characters.'),
    z.refine<string>((value) => value === '' || EMAIL.test(value), {
      message: 'Enter an email address like name@example.com.',
    }),
  );
}

/** A phone number in E.164 form, or nothing. */
export function optionalPhone() {
  return z.string().check(
    z.trim(),
    z.refine<string>((value) => value === '' || E164.test(value), {
      message: 'Enter the number in international form, e.g. +447700900123.',
    }),
  );
}

/** Text the person may leave empty, trimmed and bounded. */
export function optionalText(maxLength: number, tooLong = `Use at most ${maxLength} characters.`) {
  return z.string().check(z.trim(), z.maxLength(maxLength, tooLong));
}

/** An empty field is "not given". */
export const orNull = (value: string): string | null => (value === '' ? null : value);
