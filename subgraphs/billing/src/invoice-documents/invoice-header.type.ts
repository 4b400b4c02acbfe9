import { Field, ObjectType } from 'type-graphql';
import type { InvoiceHeader } from './invoice-header.model';

@ObjectType('InvoiceLogo', { description: 'The logo printed on the partner’s invoices.' })
export class InvoiceLogoType {
  @Field({ description: 'Its type: image/png or image/jpeg.' })
  contentType: string;
}

@ObjectType('InvoiceHeader', { description: 'What the partner prints at the top of its invoices.' })
export class InvoiceHeaderType {
  @Field({ description: 'The partner’s legal name; empty until set.' })
  legalName: string;

  @Field(() => [String], { description: 'The postal address, one line each.' })
  addressLines: string[];

  @Field(() => String, { nullable: true, description: 'The partner’s VAT or tax number.' })
  taxId: string | null;

  @Field(() => InvoiceLogoType, { nullable: true, description: 'The logo, when one was uploaded.' })
  logo: InvoiceLogoType | null;

  @Field(() => Date, { nullable: true, description: 'When it was last changed; null while never set.' })
  updatedAt: Date | null;
}

export function toInvoiceHeaderType(header: InvoiceHeader): InvoiceHeaderType {
  return Object.assign(new InvoiceHeaderType(), {
    legalName: header.legalName,
    addressLines: header.addressLines,
    taxId: header.taxId,
    logo: header.logo ? Object.assign(new InvoiceLogoType(), { contentType: header.logo.contentType }) : null,
    updatedAt: header.updatedAt,
  });
}
