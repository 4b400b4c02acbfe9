import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { graphql } from '../gql';
import { query } from '../support/api';
import { launchBrowser } from '../support/browser';
import { newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed, type SeededCustomer, type TenantSeed } from '../support/seed';

/** A 1×1 PNG, the smallest logo there is. */
const PNG_LOGO = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const QUOTE_CREATE = graphql(`
  mutation BrowserQuoteCreate($input: QuoteCreateInput!) {
    quoteCreate(input: $input) {
      quote {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const QUOTE_SEND = graphql(`
  mutation BrowserQuoteSend($input: QuoteSendInput!) {
    quoteSend(input: $input) {
      quote {
        id
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const CUSTOMER_QUOTES = graphql(`
  query BrowserCustomerQuotes($id: ID!) {
    customer(id: $id) {
      id
      quotes {
        nodes {
          id
          status
          invoiceId
          declineReason
          total {
            minorUnits
          }
        }
      }
    }
  }
`);

const INVOICE = graphql(`
  query BrowserQuoteInvoice($id: ID!) {
    invoice(id: $id) {
      id
      status
      number
      customer {
        id
      }
      lines {
        position
        description
        quantity
        unitPrice {
          minorUnits
        }
        taxRate
        amount {
          minorUnits
        }
      }
      subtotal {
        minorUnits
      }
      tax {
        minorUnits
      }
      total {
        minorUnits
        currency
      }
    }
  }
`);

const INVOICE_HEADER = graphql(`
  query BrowserInvoiceHeader {
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

/** A day `days` from today (negative: before), as the API's YYYY-MM-DD (UTC). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** How far the page scrolls sideways: 0 when everything fits the viewport. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** How the app names a quote: the end of its id, in capitals. */
function referenceOf(quoteId: string): string {
  return quoteId.replace(/-/g, '').slice(-8).toUpperCase();
}

/** The quote rows of the Quotes tab. */
function quoteRows(page: Page): Locator {
  return page.getByRole('table', { name: 'Quotes' }).getByTestId('quote-row');
}

/** A SENT quote written through the API: 3 × 10.00 at 20% tax, 36.00 in all. */
async function sentQuote(tenant: TenantSeed, customer: SeededCustomer, description: string): Promise<string> {
  const created = await query(tenant.owner.token, QUOTE_CREATE, {
    input: {
      customerId: customer.id,
      validUntil: dayFromToday(10),
      lines: [{ description, quantity: '3', unitAmount: 1000, taxRatePpm: 200_000 }],
    },
  });
  const quote = created.quoteCreate.quote;
  if (!quote) throw new Error(`quoteCreate refused: ${JSON.stringify(created.quoteCreate.userErrors)}`);
  const sent = await query(tenant.owner.token, QUOTE_SEND, { input: { quoteId: quote.id } });
  if (sent.quoteSend.quote?.status !== 'SENT') throw new Error(`quoteSend refused: ${JSON.stringify(sent.quoteSend)}`);
  return quote.id;
}

describe('quotes and the invoice letterhead in the admin app', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should write a quote in the Quotes tab, send it and accept it, and show the draft invoice it became with its lines and total', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Xray Yachts ${tag}`, currency: 'EUR' });
    const billing = await tenant.operator('BILLING');
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, billing.email, billing.password, `/customers/${customer.id}/quotes`);

    await page.getByText('No quotes yet.').waitFor();
    await page.getByRole('button', { name: 'New quote…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New quote' });
    // Validity starts a month ahead; a day in the past is refused by the API, on that field.
    expect(await dialog.getByLabel('Valid until').inputValue()).toBe(dayFromToday(30));
    await dialog.getByLabel('Valid until').fill(dayFromToday(-1));

    const first = dialog.getByRole('group', { name: 'Line 1' });
    await first.getByLabel('Description').fill(`Setup ${tag}`);
    await first.getByLabel('Quantity').fill('2');
    await first.getByLabel('Unit price (EUR)').fill('12.50');
    await first.getByLabel('Tax (%)').fill('21');
    await dialog.getByRole('button', { name: 'Add line' }).click();
    const second = dialog.getByRole('group', { name: 'Line 2' });
    // The new line takes the focus, so the keyboard carries on where the person is.
    expect(await second.getByLabel('Description').evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type(`Support ${tag}`);
    await second.getByLabel('Quantity').fill('1.5');
    await second.getByLabel('Unit price (EUR)').fill('40');
    // 2 × 12.50 = 25.00 with 5.25 tax, and 1.5 × 40.00 = 60.00 without: 90.25 in all, while typing.
    await dialog.getByTestId('line-total').filter({ hasText: '€90.25' }).waitFor();
    expect(await dialog.getByTestId('line-totals').textContent()).toContain('€85.00');
    expect(await dialog.getByTestId('line-totals').textContent()).toContain('€5.25');
    // Enter submits the form.
    await second.getByLabel('Unit price (EUR)').press('Enter');
    const validUntil = dialog.getByLabel('Valid until');
    await dialog.getByText('The last valid day cannot be in the past.').waitFor();
    expect(await validUntil.getAttribute('aria-invalid')).toBe('true');
    expect(await validUntil.evaluate((input) => input === document.activeElement)).toBe(true);
    await validUntil.fill(dayFromToday(14));
    await dialog.getByRole('button', { name: 'Save quote' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = quoteRows(page);
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    const quoteId = (await row.getAttribute('data-quote-id'))!;
    const reference = referenceOf(quoteId);
    await page.getByText(`Quote ${reference} is saved as a draft.`).waitFor();
    expect(await row.textContent()).toContain('Draft');
    expect(await row.textContent()).toContain('€90.25');
    expect(await page.getByRole('button', { name: `Accept quote ${reference}` }).count()).toBe(0);

    await page.getByRole('button', { name: `Send quote ${reference}` }).click();
    await page.getByText(`Quote ${reference} is sent`).waitFor();
    await row.filter({ hasText: 'Sent' }).waitFor();
    expect(await page.getByRole('button', { name: `Send quote ${reference}` }).count()).toBe(0);

    await page.getByRole('button', { name: `Accept quote ${reference}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Accept quote ${reference}?` });
    expect(await confirm.textContent()).toContain('It becomes a DRAFT invoice with the same lines');
    await confirm.getByRole('button', { name: 'Accept quote' }).click();
    await page.getByText(`Quote ${reference} is accepted.`).waitFor();
    await confirm.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'Accepted' }).waitFor();
    expect(await page.getByRole('button', { name: `Decline quote ${reference}` }).count()).toBe(0);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'quotes-accepted.png'), fullPage: true });

    // The API holds the same: the quote is ACCEPTED and names a DRAFT invoice with its lines and total.
    const quotes = await query(billing.token, CUSTOMER_QUOTES, { id: customer.id });
    const stored = quotes.customer?.quotes?.nodes ?? [];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: quoteId, status: 'ACCEPTED', total: { minorUnits: 9025 } });
    const invoiceId = stored[0]!.invoiceId!;
    const { invoice } = await query(billing.token, INVOICE, { id: invoiceId });
    expect(invoice).toMatchObject({
      status: 'DRAFT',
      number: null,
      customer: { id: customer.id },
      subtotal: { minorUnits: 8500 },
      tax: { minorUnits: 525 },
      total: { minorUnits: 9025, currency: 'EUR' },
    });
    expect(
      invoice!.lines.map((line) => ({
        description: line.description,
        quantity: Number(line.quantity),
        unitPrice: line.unitPrice.minorUnits,
        taxRate: Number(line.taxRate),
        amount: line.amount.minorUnits,
      })),
    ).toEqual([
      { description: `Setup ${tag}`, quantity: 2, unitPrice: 1250, taxRate: 21, amount: 2500 },
      { description: `Support ${tag}`, quantity: 1.5, unitPrice: 4000, taxRate: 0, amount: 6000 },
    ]);

    // The notice and the row both lead to that draft invoice.
    expect(await row.getByRole('link', { name: 'Draft invoice' }).getAttribute('href')).toBe(`/invoices/${invoiceId}`);
    await page.getByRole('link', { name: 'Open the draft invoice' }).click();
    await page.waitForURL(`**/invoices/${invoiceId}`);
    await page.getByRole('heading', { name: /Draft invoice/ }).waitFor();
    expect(await page.getByTestId('invoice-status').textContent()).toBe('Draft');
    expect(await page.getByTestId('invoice-total').textContent()).toBe('€90.25');
    const lines = page.getByRole('table', { name: 'Lines' });
    expect(await lines.textContent()).toContain(`Setup ${tag}`);
    expect(await lines.textContent()).toContain(`Support ${tag}`);
    await context.close();
  }, 120_000);

  it('should decline a sent quote and show it DECLINED, at 390 px, and show a read-only operator the quotes without their actions', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Zulu Zips ${tag}`, currency: 'EUR' });
    const quoteId = await sentQuote(tenant, customer, `Consulting ${tag}`);
    const reference = referenceOf(quoteId);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/quotes`);

    const row = quoteRows(page);
    await row.filter({ hasText: 'Sent' }).waitFor();
    expect(await row.textContent()).toContain('€36.00');
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByRole('button', { name: `Decline quote ${reference}` }).click();
    const dialog = page.getByRole('dialog', { name: `Decline quote ${reference}` });
    await dialog.getByLabel('Reason (optional)').fill(`Over budget ${tag}`);
    await dialog.getByRole('button', { name: 'Decline quote' }).click();
    await page.getByText(`Quote ${reference} is declined.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'Declined' }).waitFor();
    expect(await row.textContent()).toContain(`Over budget ${tag}`);
    expect(await page.getByRole('button', { name: `Accept quote ${reference}` }).count()).toBe(0);

    // The status filter asks the API for one status at a time.
    await page.getByLabel('Status').selectOption('SENT');
    await page.getByText('No sent quotes.').waitFor();
    await page.getByLabel('Status').selectOption('DECLINED');
    await row.filter({ hasText: 'Declined' }).waitFor();
    expect(await row.count()).toBe(1);

    const quotes = await query(tenant.owner.token, CUSTOMER_QUOTES, { id: customer.id });
    expect(quotes.customer?.quotes?.nodes).toEqual([
      expect.objectContaining({
        id: quoteId,
        status: 'DECLINED',
        declineReason: `Over budget ${tag}`,
        invoiceId: null,
      }),
    ]);

    // The new-quote form fits the phone too.
    await page.getByRole('button', { name: 'New quote…' }).click();
    const create = page.getByRole('dialog', { name: 'New quote' });
    await create.getByRole('group', { name: 'Line 1' }).waitFor();
    expect(await create.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    const box = (await create.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'quote-new-390.png') });
    await page.keyboard.press('Escape');
    await create.waitFor({ state: 'detached' });
    await context.close();

    // An operator who may read billing but not write it sees the quotes, and why there is nothing to press.
    const reader = await tenant.operator('READ_ONLY');
    const readOnly = await newAdminPage(browser);
    await signInThroughUi(readOnly.page, reader.email, reader.password, `/customers/${customer.id}/quotes`);
    await quoteRows(readOnly.page).filter({ hasText: 'Declined' }).waitFor();
    await readOnly.page.getByText('writing, sending and answering them needs billing rights').waitFor();
    expect(await readOnly.page.getByRole('button', { name: 'New quote…' }).count()).toBe(0);
    expect(await readOnly.page.getByRole('button', { name: /quote / }).count()).toBe(0);
    await readOnly.context.close();
  }, 120_000);

  it('should save the letterhead’s legal name, address and a PNG logo, refuse an oversized logo before sending it, and keep them after a reload', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/settings/billing');

    const form = page.getByRole('form', { name: 'Letterhead' });
    await form.getByText('No logo yet.').waitFor();
    await form.getByLabel('Legal name').fill(`Quill & Quire ${tag} B.V.`);
    const addressLine = (n: number) => form.getByRole('textbox', { name: `Address line ${n}`, exact: true });
    await addressLine(1).fill('1 Harbour Street');
    await form.getByRole('button', { name: 'Add address line' }).click();
    await addressLine(2).fill('3011 Rotterdam');
    // A line added by mistake goes again.
    await form.getByRole('button', { name: 'Add address line' }).click();
    await addressLine(3).fill('Nowhere');
    await form.getByRole('button', { name: 'Remove address line 3' }).click();
    expect(await addressLine(3).count()).toBe(0);
    await form.getByLabel('Tax id').fill(`NL${tag}B01`);

    // Too large a file is refused on the page, with its size and the limit.
    const logo = form.getByLabel('Logo');
    await logo.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(300 * 1024, 1) });
    await form.getByText('huge.png is 300 KiB; a logo can be at most 256 KiB. Choose a smaller file.').waitFor();
    await logo.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
    await form.getByText('notes.txt is not a PNG or JPEG image').waitFor();
    await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PNG_LOGO, 'base64') });
    const preview = form.getByRole('img', { name: 'Chosen logo: logo.png' });
    await preview.waitFor();
    await form.screenshot({ path: join(__dirname, '..', '.artifacts', 'letterhead-chosen.png') });
    expect(await preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    await form.getByRole('button', { name: 'Save letterhead' }).click();
    await form.getByText('Letterhead saved.').waitFor();
    await form.getByText('Current logo: a PNG image.').waitFor();
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'letterhead-saved.png'), fullPage: true });

    await page.reload();
    await form.getByText('Current logo: a PNG image.').waitFor();
    expect(await form.getByLabel('Legal name').inputValue()).toBe(`Quill & Quire ${tag} B.V.`);
    expect(await addressLine(1).inputValue()).toBe('1 Harbour Street');
    expect(await addressLine(2).inputValue()).toBe('3011 Rotterdam');
    expect(await addressLine(3).count()).toBe(0);
    expect(await form.getByLabel('Tax id').inputValue()).toBe(`NL${tag}B01`);

    const { invoiceHeader } = await query(tenant.owner.token, INVOICE_HEADER);
    expect(invoiceHeader).toMatchObject({
      legalName: `Quill & Quire ${tag} B.V.`,
      addressLines: ['1 Harbour Street', '3011 Rotterdam'],
      taxId: `NL${tag}B01`,
      logo: { contentType: 'image/png' },
    });
    await context.close();
  }, 120_000);
});
