import { z } from 'zod';

/**
 * What every string from outside must be before anything stores, compares or echoes it:
 * well-formed Unicode (PostgreSQL cannot store a lone surrogate and would keep U+FFFD
 * instead), free of control characters (it refuses NUL outright), in NFC (so the same
 * name typed on two keyboards is one name) and of a bounded length. GraphQL arguments get
 * this from the schema (`guardSchema`), HTTP bodies from the zod helpers below.
 */

/** The longest text any input may carry unless its own rule says less. */
export const TEXT_INPUT_MAX_LENGTH = 2000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 and C1 controls and DEL. Only running text (`allowLongText`) may hold tab and line breaks.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL_CHARACTER_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Embeddings, overrides and isolates, which reorder the text around them on screen. */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/**
 * A character that shows: a letter, digit, punctuation mark or symbol, except those that are
 * drawn as nothing (Hangul fillers, the blank Braille pattern, other default-ignorables).
 */
const VISIBLE = /(?![\p{Default_Ignorable_Code_Point}\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

export type CheckedText = { ok: true; value: string } | { ok: false; reason: string };

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Checks a string from outside and answers it in NFC, or why it is refused (a sentence that
 * follows the name of the field, e.g. "is longer than 100 characters").
 */
export function checkText(
  value: string,
  maxLength = TEXT_INPUT_MAX_LENGTH,
  options: { multiline?: boolean } = {},
): CheckedText {
  // The raw length first, so a huge value is refused before any work is done on it.
  if (value.length > maxLength) return { ok: false, reason: `is longer than ${maxLength} characters` };
  if (LONE_SURROGATE.test(value)) {
    return { ok: false, reason: 'is not well-formed Unicode text (it holds half of a surrogate pair)' };
  }
  const control = (options.multiline ? CONTROL_CHARACTER_BUT_LINE_BREAKS : CONTROL_CHARACTER).exec(value);
  if (control) return { ok: false, reason: `contains a control character (${codePoint(control[0])})` };
  const normalized = value.normalize('NFC');
  if (normalized.length > maxLength) return { ok: false, reason: `is longer than ${maxLength} characters` };
  return { ok: true, value: normalized };
}

/** Whether the text shows at least `minimum` characters on screen. */
export function countsVisible(value: string, minimum = 1): boolean {
  let seen = 0;
  for (const char of value) {
    if (VISIBLE.test(char) && ++seen >= minimum) return true;
  }
  return minimum <= 0;
}

/**
 * Any text from outside, as `checkText` wants it: refused when it is not, otherwise in NFC.
 * Chain the field's own rules after it (`text().trim().min(1, …)`).
 */
export function text(maxLength = TEXT_INPUT_MAX_LENGTH, options: { multiline?: boolean } = {}): z.ZodString {
  const tooLong = `Use at most ${maxLength} characters.`;
  return z
    .string()
    .max(maxLength, { message: tooLong, abort: true })
    .check((payload) => {
      const checked = checkText(payload.value, Number.POSITIVE_INFINITY, options);
      if (checked.ok) return;
      payload.issues.push({
        code: 'custom',
        message: `This value ${checked.reason}.`,
        input: payload.value,
        continue: false,
      });
    })
    .overwrite((value) => value.normalize('NFC'))
    .max(maxLength, tooLong);
}

/**
 * Input fields that hold running text (a note), by `InputType.field`: longer than other text,
 * and free to break lines and use tabs. The schema guard reads this; the field's own zod schema
 * (`text(maxLength, { multiline: true })`) says the same.
 */
const longTextFields = new Map<string, number>();

/** Lets one input field carry running text of up to `maxLength` characters. */
export function allowLongText(inputType: string, field: string, maxLength: number): void {
  longTextFields.set(`${inputType}.${field}`, maxLength);
}

/** The length an input field may run to if it holds running text, else undefined. */
export function longTextLimit(inputType: string, field: string): number | undefined {
  return longTextFields.get(`${inputType}.${field}`);
}

/** Text with the spaces around it removed; `required` is the message when nothing is left. */
export function trimmedText(options: { maxLength: number; tooLong?: string; required?: string }): z.ZodString {
  const schema = text().trim();
  const bounded = schema.max(options.maxLength, options.tooLong ?? `Use at most ${options.maxLength} characters.`);
  return options.required ? bounded.min(1, options.required) : bounded;
}

/**
 * A name a person reads: a person's, a company's, a key's. Beyond trimming and its length it
 * must show something, and may not carry characters that reorder what is shown around it.
 */
export function nameText(options: { maxLength: number; tooLong?: string; required: string }): z.ZodString {
  return trimmedText(options)
    .refine((value) => value === '' || countsVisible(value), {
      message: 'Use at least one visible letter, digit or sign; invisible and control characters do not count.',
      abort: true,
    })
    .refine((value) => !DIRECTION_CONTROL.test(value), {
      message: 'Remove the text-direction control characters (such as U+202E); they can disguise a name.',
    });
}

/** RFC 5321's limits: a path of 256 octets less its angle brackets, a local part of 64. */
export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_LOCAL_PART_MAX_LENGTH = 64;

/** An email address, trimmed, within the lengths mail servers accept. */
export function emailAddress(
  options: { required?: string; invalid?: string } = {},
): z.ZodPipe<z.ZodString, z.ZodEmail> {
  const invalid = options.invalid ?? 'Enter an email address like name@example.com.';
  let schema = text().trim();
  if (options.required) schema = schema.min(1, options.required);
  return schema
    .max(EMAIL_MAX_LENGTH, `An email address can be at most ${EMAIL_MAX_LENGTH} characters.`)
    .refine((value) => value.lastIndexOf('@') <= EMAIL_LOCAL_PART_MAX_LENGTH, {
      message: `The part before the @ can be at most ${EMAIL_LOCAL_PART_MAX_LENGTH} characters.`,
    })
    .pipe(z.email(invalid));
}
