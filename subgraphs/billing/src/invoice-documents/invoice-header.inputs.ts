import { UserError, defineErrorCodes, nameText, trimmedText } from '@clientele/subgraph-kit';
import { Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { InvoiceHeaderType } from './invoice-header.type';

export const INVOICE_DOCUMENT_ERRORS = defineErrorCodes({
  LOGO_NOT_AN_IMAGE: 'The logo is not a PNG or JPEG image.',
  LOGO_TOO_LARGE: 'The logo is larger than allowed.',
});

/** The largest logo, decoded: plenty for a letterhead at print resolution. */
export const LOGO_MAX_BYTES = 256 * 1024;
/** Its base64 text, with room for line breaks, as the schema guard lets it through (see contracts/text). */
export const LOGO_BASE64_MAX_LENGTH = Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 8192;

@InputType({ description: 'A logo for the letterhead, as the bytes of a PNG or JPEG file.' })
export class InvoiceLogoInput {
  @Field({
    description: `The file's bytes in base64 (RFC 4648), at most ${LOGO_MAX_BYTES / 1024} KiB decoded. PNG and JPEG are recognised by their content.`,
  })
  contentBase64: string;
}

@InputType({ description: 'Changes to the letterhead of the partner’s invoices; a field left out stays as it is.' })
export class InvoiceHeaderUpdateInput {
  @Field(() => String, { nullable: true, description: 'The partner’s legal name, as invoices must show it; 1–200 characters.' })
  legalName?: string | null;

  @Field(() => [String], { nullable: true, description: 'The postal address, one line each, at most 6 lines of 200 characters.' })
  addressLines?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The partner’s VAT or tax number; an empty string removes it.' })
  taxId?: string | null;

  @Field(() => InvoiceLogoInput, { nullable: true, description: 'A new logo, replacing any earlier one.' })
  logo?: InvoiceLogoInput | null;

  @Field(() => Boolean, { nullable: true, description: 'True removes the logo; not together with `logo`.' })
  removeLogo?: boolean | null;
}

@ObjectType({ description: 'The result of invoiceHeaderUpdate.' })
export class InvoiceHeaderUpdatePayload {
  @Field(() => InvoiceHeaderType, { nullable: true, description: 'The letterhead as it now is, unless refused.' })
  invoiceHeader: InvoiceHeaderType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const addressLine = trimmedText({ maxLength: 200, tooLong: 'An address line can be at most 200 characters.' });

export const invoiceHeaderUpdateSchema = z
  .object({
    legalName: nameText({
      maxLength: 200,
      tooLong: 'The legal name can be at most 200 characters.',
      required: 'Enter the legal name.',
    }).nullish(),
    addressLines: z
      .array(addressLine)
      .max(6, 'Use at most 6 address lines.')
      .transform((lines) => lines.filter((line) => line.length > 0))
      .nullish(),
    taxId: trimmedText({ maxLength: 50, tooLong: 'A tax id can be at most 50 characters.' }).nullish(),
    logo: z
      .object({
        contentBase64: z
          .string()
          .max(LOGO_BASE64_MAX_LENGTH, `The logo can be at most ${LOGO_MAX_BYTES / 1024} KiB.`)
          .transform((value) => value.replace(/\s+/g, ''))
          .refine((value) => /^[A-Za-z0-9+/]*={0,2}$/.test(value) && value.length % 4 === 0, {
            message: 'The logo is not valid base64.',
          }),
      })
      .nullish(),
    removeLogo: z.boolean().nullish(),
  })
  .refine((input) => !(input.logo && input.removeLogo), {
    message: 'Send a new logo or remove it, not both.',
    path: ['removeLogo'],
  });
