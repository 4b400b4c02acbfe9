import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { graphql } from '../gql';
import { execute, query } from '../support/api';
import { testStack } from '../support/env';
import { seed } from '../support/seed';
import { download, pdfText, unzip } from './support/documents';
import { defaultLines, seedInvoice } from './support/invoices';

/** A 1×1 PNG, the smallest logo there is. */
const PNG_LOGO =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const HEADER_UPDATE = graphql(`
  mutation DocumentsHeaderUpdate($input: InvoiceHeaderUpdateInput!) {
    invoiceHeaderUpdate(input: $input) {
      invoiceHeader {
        legalName
        addressLines
        taxId
        logo {
          contentType
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const HEADER = graphql(`
  query DocumentsHeader {
    invoiceHeader {
      legalName
      addressLines
      taxId
      logo {
        contentType
      }
    }
  }
`);

function keptFiles(partnerId: string): string[] {
  const folder = join(testStack().fileStoreDir, 'billing', 'invoices', partnerId);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('invoice documents', () => {
  it('should print the number, every line, the totals, the letterhead and the bill-to on an issued invoice’s PDF', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const header = await query(tenant.owner.token, HEADER_UPDATE, {
      input: {
        legalName: 'Northwind Telecom Ltd',
        addressLines: ['12 Harbour Road', 'Bristol BS1 4RN'],
        taxId: 'GB123456789',
        logo: { contentBase64: PNG_LOGO },
      },
    });
    expect(header.invoiceHeaderUpdate.userErrors).toEqual([]);
    const invoice = await seedInvoice(tenant, customer);

    const first = await download(`/files/billing/invoices/${invoice.id}.pdf`, tenant.owner.token);

    expect(first.status).toBe(200);
    expect(first.contentType).toBe('application/pdf');
    expect(first.disposition).toBe(`attachment; filename="${invoice.number}.pdf"`);
    expect(first.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(first.body);
    expect(text).toContain(`Invoice ${invoice.number}`);
    for (const line of defaultLines()) expect(text).toContain(line.description);
    // 2 × 12.50 and 1.5 × 40.00 at 21%: 85.00 + 17.85 tax.
    expect(text).toContain('Subtotal GBP 85.00');
    expect(text).toContain('Tax GBP 17.85');
    expect(text).toContain('Total GBP 102.85');
    expect(text).toContain('Amount due GBP 102.85');
    expect(text).toContain('21%');
    expect(text).toContain('Northwind Telecom Ltd');
    expect(text).toContain('12 Harbour Road');
    expect(text).toContain('Tax id: GB123456789');
    expect(text).toContain(customer.name);
    expect(text).toContain(`Account ${customer.accountNumber}`);
    expect(text).toContain('2026-11-01 to 2026-12-01');
    expect(text).not.toContain('DRAFT');

    // Drawn once and kept: the second download is the kept file, byte for byte.
    expect(keptFiles(tenant.partnerId)).toHaveLength(1);
    const second = await download(`/files/billing/invoices/${invoice.id}.pdf`, tenant.owner.token);
    expect(second.status).toBe(200);
    expect(second.body.equals(first.body)).toBe(true);
    expect(keptFiles(tenant.partnerId)).toHaveLength(1);
  });

  it('should note reverse charge and the exchange rate used when the invoice has them', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const invoice = await seedInvoice(tenant, customer, {
      reverseCharge: true,
      fx: { rate: '0.860000000000', baseCurrency: 'EUR', source: 'CUSTOMER' },
    });

    const pdf = await download(`/files/billing/invoices/${invoice.id}.pdf`, tenant.owner.token);

    const text = await pdfText(pdf.body);
    expect(text).toContain('Reverse charge');
    expect(text).toContain('Amounts converted from EUR at 0.860000000000 GBP per 1 EUR');
    expect(text).toContain('Tax GBP 0.00');
  });

  it('should draw a draft afresh each time, marked DRAFT and kept nowhere', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const draft = await seedInvoice(tenant, customer, { issue: false });

    const pdf = await download(`/files/billing/invoices/${draft.id}.pdf`, tenant.owner.token);

    expect(pdf.status).toBe(200);
    expect(pdf.disposition).toBe(`attachment; filename="draft-${draft.id}.pdf"`);
    const text = await pdfText(pdf.body);
    expect(text).toContain('Draft invoice');
    expect(text).toContain('DRAFT');
    expect(text).toContain('This is a draft');
    expect(keptFiles(tenant.partnerId)).toEqual([]);
  });

  it('should stream two invoices as one ZIP holding both PDFs under their numbers', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const first = await seedInvoice(tenant, customer);
    const second = await seedInvoice(tenant, customer);

    const zip = await download(`/files/billing/invoices.zip?ids=${first.id},${second.id}`, tenant.owner.token);

    expect(zip.status).toBe(200);
    expect(zip.contentType).toBe('application/zip');
    const files = await unzip(zip.body);
    expect([...files.keys()].sort()).toEqual([`${first.number}.pdf`, `${second.number}.pdf`].sort());
    expect(await pdfText(files.get(`${first.number}.pdf`)!)).toContain(`Invoice ${first.number}`);
    expect(await pdfText(files.get(`${second.number}.pdf`)!)).toContain(`Invoice ${second.number}`);
  });

  it('should refuse another partner’s invoice with 404 and no file, alone or among the caller’s own', async () => {
    const victim = await seed.partner();
    const victimInvoice = await seedInvoice(victim, await victim.customer());
    const attacker = await seed.partner();
    const ownInvoice = await seedInvoice(attacker, await attacker.customer());
    const attackerKey = await attacker.apiKey(['BILLING_READ']);

    const asOwner = await download(`/files/billing/invoices/${victimInvoice.id}.pdf`, attacker.owner.token);
    const asKey = await download(`/files/billing/invoices/${victimInvoice.id}.pdf`, attackerKey.token);
    const mixed = await download(
      `/files/billing/invoices.zip?ids=${ownInvoice.id},${victimInvoice.id}`,
      attacker.owner.token,
    );
    const unknown = await download(`/files/billing/invoices/${crypto.randomUUID()}.pdf`, attacker.owner.token);

    for (const refused of [asOwner, asKey, mixed, unknown]) {
      expect(refused.status).toBe(404);
      expect(refused.contentType).toMatch(/^application\/json/);
      expect(refused.body.toString()).not.toContain('%PDF');
      expect(refused.body.toString()).not.toContain(victimInvoice.number!);
    }
    expect(keptFiles(victim.partnerId)).toEqual([]);
    // The owner still gets it, so the refusals above were about the caller, not the invoice.
    expect((await download(`/files/billing/invoices/${victimInvoice.id}.pdf`, victim.owner.token)).status).toBe(200);
  });

  it('should refuse a download without a credential, and one without billing:read', async () => {
    const tenant = await seed.partner();
    const invoice = await seedInvoice(tenant, await tenant.customer());
    const customersOnly = await tenant.apiKey(['CUSTOMERS_READ']);

    const anonymous = await download(`/files/billing/invoices/${invoice.id}.pdf`, null);
    const forged = await download(`/files/billing/invoices/${invoice.id}.pdf`, 'not-a-token');
    const withoutBilling = await download(`/files/billing/invoices/${invoice.id}.pdf`, customersOnly.token);
    const posted = await fetch(`${testStack().gatewayUrl}/files/billing/invoices/${invoice.id}.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tenant.owner.token}` },
    });

    expect(anonymous.status).toBe(401);
    expect(forged.status).toBe(401);
    expect(withoutBilling.status).toBe(403);
    expect(posted.status).toBe(405);
    for (const refused of [anonymous, forged, withoutBilling]) expect(refused.body.toString()).not.toContain('%PDF');
  });

  it('should hide from an operator limited to one reseller the invoices of other resellers’ customers', async () => {
    const tenant = await seed.partner({ resellers: 2 });
    const [mine, theirs] = tenant.resellers;
    const limited = await tenant.operator('ADMIN', mine!.id);
    const ownInvoice = await seedInvoice(tenant, await tenant.customer({ resellerId: mine!.id }));
    const otherInvoice = await seedInvoice(tenant, await tenant.customer({ resellerId: theirs!.id }));

    const own = await download(`/files/billing/invoices/${ownInvoice.id}.pdf`, limited.token);
    const other = await download(`/files/billing/invoices/${otherInvoice.id}.pdf`, limited.token);

    expect(own.status).toBe(200);
    expect(other.status).toBe(404);
  });

  it('should keep the letterhead with its logo in the file store and refuse a logo that is not an image', async () => {
    const tenant = await seed.partner();
    const readOnly = await tenant.operator('READ_ONLY');

    const saved = await query(tenant.owner.token, HEADER_UPDATE, {
      input: { legalName: 'Contoso Ltd', addressLines: ['1 Main St'], logo: { contentBase64: PNG_LOGO } },
    });
    const notImage = await query(tenant.owner.token, HEADER_UPDATE, {
      input: { logo: { contentBase64: Buffer.from('just some text, not a picture').toString('base64') } },
    });
    const tooLarge = await query(tenant.owner.token, HEADER_UPDATE, {
      input: { logo: { contentBase64: Buffer.alloc(260 * 1024, 1).toString('base64') } },
    });
    const readBack = await query(readOnly.token, HEADER);
    const writeAsReadOnly = await execute(readOnly.token, HEADER_UPDATE, { input: { legalName: 'Not allowed' } });

    expect(saved.invoiceHeaderUpdate).toEqual({
      invoiceHeader: { legalName: 'Contoso Ltd', addressLines: ['1 Main St'], taxId: null, logo: { contentType: 'image/png' } },
      userErrors: [],
    });
    const logos = readdirSync(join(testStack().fileStoreDir, 'billing', 'logos', tenant.partnerId));
    expect(logos).toHaveLength(1);
    expect(logos[0]).toMatch(/\.png$/);
    expect(notImage.invoiceHeaderUpdate.userErrors.map((error) => error.code)).toEqual(['LOGO_NOT_AN_IMAGE']);
    expect(tooLarge.invoiceHeaderUpdate.userErrors.map((error) => error.code)).toEqual(['LOGO_TOO_LARGE']);
    expect(readBack.invoiceHeader).toEqual(saved.invoiceHeaderUpdate.invoiceHeader);
    expect(writeAsReadOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const removed = await query(tenant.owner.token, HEADER_UPDATE, { input: { removeLogo: true } });
    expect(removed.invoiceHeaderUpdate.invoiceHeader?.logo).toBeNull();
    expect(readdirSync(join(testStack().fileStoreDir, 'billing', 'logos', tenant.partnerId))).toEqual([]);
  });
});
