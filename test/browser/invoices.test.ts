import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../gql';
import { query } from '../support/api';
import { launchBrowser } from '../support/browser';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed, type SeededCustomer, type TenantSeed } from '../support/seed';

const INVOICE_CREATE = graphql(`
  mutation BrowserInvoiceCreate($input: InvoiceCreateInput!) {
    invoiceCreate(input: $input) {
      invoice {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const INVOICE_ISSUE = graphql(`
  mutation BrowserInvoiceIssue($input: InvoiceIssueInput!) {
    invoiceIssue(input: $input) {
      invoice {
        id
        number
        issueDate
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** How far the page scrolls sideways: 0 when everything fits the viewport. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A day `days` before today, as the API's YYYY-MM-DD (UTC). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Writes a draft through the API and issues it on `issueDate`: 2 × 12.50 at 21% tax, 30.25 in all. */
async function issuedInvoice(
  tenant: TenantSeed,
  customer: SeededCustomer,
  issueDate: string,
): Promise<{ id: string; number: string }> {
  const created = await query(tenant.owner.token, INVOICE_CREATE, {
    input: {
      customerId: customer.id,
      lines: [{ description: `Hosting ${randomUUID().slice(0, 6)}`, quantity: '2', unitPrice: 1250, taxRate: '21' }],
    },
  });
  const draft = created.invoiceCreate.invoice;
  if (!draft) throw new Error(`invoiceCreate refused: ${JSON.stringify(created.invoiceCreate.userErrors)}`);
  const issued = await query(tenant.owner.token, INVOICE_ISSUE, { input: { invoiceId: draft.id, issueDate } });
  const invoice = issued.invoiceIssue.invoice;
  if (!invoice?.number) throw new Error(`invoiceIssue refused: ${JSON.stringify(issued.invoiceIssue.userErrors)}`);
  return { id: invoice.id, number: invoice.number };
}

describe('invoices in the admin app', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should record a payment of the whole amount due and show the invoice PAID with nothing left to pay', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Tango Tiles ${tag}`, currency: 'EUR' });
    const invoice = await issuedInvoice(tenant, customer, daysAgo(0));
    const billing = await tenant.operator('BILLING');
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, billing.email, billing.password, `/invoices/${invoice.id}`);

    await page.getByRole('heading', { name: new RegExp(invoice.number) }).waitFor();
    expect(await page.getByTestId('invoice-status').textContent()).toBe('Open');
    expect(await page.getByTestId('invoice-amount-due').textContent()).toBe('€30.25');
    expect(await page.getByText('No payments recorded.').count()).toBe(1);

    await page.getByRole('button', { name: 'Record payment…' }).click();
    const dialog = page.getByRole('dialog', { name: `Record a payment — ${invoice.number}` });
    // The amount starts at what is due; a mistyped one is caught before anything is sent.
    expect(await dialog.getByLabel('Amount (EUR)').inputValue()).toBe('30.25');
    await dialog.getByLabel('Amount (EUR)').fill('0');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await dialog.getByText('Enter an amount above zero.').waitFor();
    await dialog.getByLabel('Amount (EUR)').fill('30.25');
    await dialog.getByLabel('Method').selectOption('BANK_TRANSFER');
    await dialog.getByLabel('Reference').fill(`bank-${tag}`);
    await dialog.getByRole('button', { name: 'Record payment' }).click();

    await page.getByText('Payment of €30.25 recorded.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('invoice-status').filter({ hasText: 'Paid' }).waitFor();
    expect(await page.getByTestId('invoice-amount-due').textContent()).toBe('€0.00');
    const payment = page.getByRole('table', { name: 'Payments' }).getByTestId('payment-row');
    expect(await payment.count()).toBe(1);
    expect(await payment.textContent()).toContain(`bank-${tag}`);
    expect(await payment.textContent()).toContain('Bank transfer');
    // Nothing is owed any more: paying again is no longer offered.
    expect(await page.getByRole('button', { name: 'Record payment…' }).count()).toBe(0);

    // The invoices list says the same.
    await page.goto(appUrl(`/customers/${customer.id}/invoices`));
    const row = page.getByRole('table', { name: 'Customer invoices' }).getByTestId('invoice-row');
    await row.filter({ hasText: invoice.number }).waitFor();
    expect(await row.textContent()).toContain('Paid');
    await context.close();
  }, 120_000);

  it('should filter the invoices page by issue date and by number, and download two selected invoices as a ZIP of two PDFs', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Uniform Umbrellas ${tag}`, currency: 'EUR' });
    const old = await issuedInvoice(tenant, customer, daysAgo(40));
    const first = await issuedInvoice(tenant, customer, daysAgo(10));
    const second = await issuedInvoice(tenant, customer, daysAgo(5));
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/invoices');

    const table = page.getByRole('table', { name: 'Invoices' });
    const rows = table.getByTestId('invoice-row');
    await page.getByText('Showing 3 of 3').waitFor();

    // Issued within the last fortnight: the old one goes.
    await page.getByLabel('Issued from').fill(daysAgo(14));
    await page.getByLabel('Issued to').fill(daysAgo(0));
    await page.getByText('Showing 2 of 2').waitFor();
    expect(await rows.filter({ hasText: old.number }).count()).toBe(0);
    expect(await rows.filter({ hasText: first.number }).count()).toBe(1);
    expect(await rows.filter({ hasText: second.number }).count()).toBe(1);

    // An exact number finds that one invoice; a prefix finds every one starting with it.
    await page.getByLabel('Issued from').fill('');
    await page.getByLabel('Issued to').fill('');
    await page.getByText('Showing 3 of 3').waitFor();
    await page.getByLabel('Match').selectOption('exact');
    await page.getByLabel('Invoice number').fill(first.number);
    await page.getByText('Showing 1 of 1').waitFor();
    expect(await rows.textContent()).toContain(first.number);
    await page.getByLabel('Invoice number').fill(first.number.slice(0, -1));
    await page.getByText('No invoices match these filters.').waitFor();
    await page.getByLabel('Match').selectOption('prefix');
    await page.getByText('Showing 3 of 3').waitFor();

    // Back to the fortnight, then both invoices selected and downloaded together.
    await page.getByLabel('Invoice number').fill('');
    await page.getByLabel('Issued from').fill(daysAgo(14));
    await page.getByText('Showing 2 of 2').waitFor();
    const download = page.getByRole('button', { name: 'Download selected' });
    expect(await download.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: `Select ${first.number}` }).check();
    await page.getByRole('checkbox', { name: `Select ${second.number}` }).check();
    await page.getByText('2 selected').waitFor();
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'invoices-selected.png') });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^invoices-.*\.zip$/);
    const zip = await JSZip.loadAsync(await readFile(await file.path()));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(2);
    for (const name of names) {
      expect(name).toMatch(/\.pdf$/);
      const bytes = await zip.files[name]!.async('nodebuffer');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    // The PDFs are the two selected invoices, named by their numbers.
    expect(names.join(' ')).toContain(first.number);
    expect(names.join(' ')).toContain(second.number);
    await context.close();
  }, 120_000);

  it('should add, edit and remove a customer’s service, and show the invoice pages at 390 px without sideways scrolling', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Victor Vans ${tag}`, currency: 'EUR' });
    const invoice = await issuedInvoice(tenant, customer, daysAgo(0));
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/services`);

    await page.getByText('No services yet.').waitFor();
    await page.getByRole('button', { name: 'Add service…' }).click();
    const add = page.getByRole('dialog', { name: 'Add a service' });
    await add.getByLabel('Description').fill(`Fleet plan ${tag}`);
    await add.getByLabel('Unit price (EUR)').fill('19.99');
    await add.getByLabel('Quantity').fill('3');
    await add.getByRole('button', { name: 'Add service' }).click();
    await page.getByText(`Fleet plan ${tag} is added.`).waitFor();
    const row = page.getByRole('table', { name: 'Services' }).getByTestId('service-row');
    // The list is read again after the write.
    await row.filter({ hasText: `Fleet plan ${tag}` }).waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('€19.99');
    expect(await row.textContent()).toContain('Monthly');

    await page.getByRole('button', { name: `Edit Fleet plan ${tag}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit Fleet plan ${tag}` });
    expect(await edit.getByLabel('Unit price (EUR)').inputValue()).toBe('19.99');
    await edit.getByLabel('Unit price (EUR)').fill('24.50');
    await edit.getByLabel('Period').selectOption('YEARLY');
    await edit.getByRole('button', { name: 'Save service' }).click();
    await page.getByText(`Fleet plan ${tag} is saved.`).waitFor();
    await row.filter({ hasText: '€24.50' }).waitFor();
    expect(await row.textContent()).toContain('Yearly');

    await page.getByRole('button', { name: `Remove Fleet plan ${tag}` }).click();
    const remove = page.getByRole('dialog', { name: `Remove Fleet plan ${tag}` });
    await remove.getByRole('button', { name: 'Remove service' }).click();
    await page.getByText(new RegExp(`Fleet plan ${tag} ends on`)).waitFor();
    await page.getByRole('button', { name: `Remove Fleet plan ${tag}` }).waitFor({ state: 'detached' });
    // It stays listed with its end, and cannot be removed twice.
    expect(await row.count()).toBe(1);
    expect(await page.getByRole('button', { name: `Remove Fleet plan ${tag}` }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.goto(appUrl('/invoices'));
    await page.getByRole('table', { name: 'Invoices' }).getByTestId('invoice-row').first().waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'invoices-390.png'), fullPage: true });
    await page.goto(appUrl(`/invoices/${invoice.id}`));
    await page.getByRole('table', { name: 'Lines' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'invoice-390.png'), fullPage: true });
    await context.close();
  }, 120_000);

  it('should set a tax rate with reverse charge and refuse a malformed invoice prefix on the partner’s billing settings, and on the customer turn off suspension for late payment and set a custom exchange rate', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Whiskey Wharf ${tag}`, currency: 'EUR' });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/invoices');

    await page.getByRole('link', { name: 'Billing settings' }).click();
    const tax = page.getByRole('form', { name: 'Tax rates' });
    await tax.getByLabel('Country').fill('nl');
    await tax.getByLabel('Rate (%)').fill('21');
    await tax.getByLabel(/Reverse charge/).check();
    await tax.getByRole('button', { name: 'Set tax rate' }).click();
    await page.getByText('The tax rate for NL is saved.').waitFor();
    await page.getByRole('list', { name: 'Tax rates by country' }).getByText('NL: 21% (reverse charge)').waitFor();
    const numbering = page.getByRole('form', { name: 'Invoice numbering' });
    await numbering.getByLabel('Invoice prefix').fill('not a prefix!');
    await numbering.getByRole('button', { name: 'Save numbering' }).click();
    await numbering.getByText('Use up to 12 letters, digits, "/", "_" or "-".').waitFor();

    await page.goto(appUrl(`/customers/${customer.id}/credits`));
    const settings = page.getByRole('form', { name: 'Billing settings' });
    const suspend = settings.getByLabel('Suspend the customer when an invoice is overdue');
    await suspend.waitFor();
    expect(await suspend.isChecked()).toBe(true);
    await suspend.uncheck();
    await settings.getByRole('button', { name: 'Save billing settings' }).click();
    await page.getByText('Billing settings saved.').waitFor();
    const rates = page.getByRole('form', { name: 'Custom exchange rates' });
    await rates.getByLabel('Base currency').fill('USD');
    await rates.getByLabel('Quote currency').fill('EUR');
    await rates.getByLabel('Rate').fill('0.9150');
    await rates.getByRole('button', { name: 'Set rate' }).click();
    await page
      .getByRole('list', { name: 'Custom exchange rates' })
      .getByText(/1 USD = 0\.915\d* EUR/)
      .waitFor();

    // Both are stored: a fresh page shows them again.
    await page.reload();
    await suspend.waitFor();
    expect(await suspend.isChecked()).toBe(false);
    await page
      .getByRole('list', { name: 'Custom exchange rates' })
      .getByText(/1 USD = 0\.915\d* EUR/)
      .waitFor();
    await context.close();
  }, 120_000);
});
