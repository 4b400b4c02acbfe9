import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

/** The label of the field that has the keyboard focus. */
function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element instanceof HTMLInputElement || element instanceof HTMLSelectElement
      ? (element.labels?.[0]?.textContent ?? null)
      : null;
  });
}

describe('creating a customer', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should show each field error where it belongs, the server’s too, and create the customer once they are fixed', async () => {
    const tenant = await seed.partner({ resellers: 1 });
    const reseller = tenant.resellers[0]!;
    const tag = randomUUID().slice(0, 6);
    const existing = await tenant.customer({ name: `Kilo Kitchens ${tag}`, accountNumber: `KK-${tag}` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers');

    await page.getByRole('link', { name: 'New customer' }).click();
    const form = page.getByRole('form', { name: 'New customer' });
    await form.waitFor();
    expect(page.url()).toBe(appUrl('/customers/new'));

    // Nothing filled in: the checks the server makes too, and the focus on the first field at fault.
    await form.getByRole('button', { name: 'Create customer' }).click();
    await form.getByText('Enter a name.').waitFor();
    expect(await form.getByText('Choose a country.').count()).toBe(1);
    expect(await form.getByText('Choose a currency.').count()).toBe(1);
    expect(await focusedLabel(page)).toBe('Name');
    expect(await form.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Name', { exact: true }).fill(`  Lima Logistics ${tag}  `);
    await form.getByLabel('Phone').fill('07700 900123');
    await form.getByLabel('Country', { exact: true }).selectOption('GB');
    await form.getByLabel('Currency').selectOption('GBP');
    await form.getByLabel('Time zone').selectOption('Europe/London');
    await form.getByLabel('Pricing').selectOption('POSTPAID');
    await form.getByLabel('Reseller').selectOption({ label: reseller.name });
    // A number another customer holds: only the server knows that.
    await form.getByLabel('Account number').fill(`KK-${tag}`);
    await form.getByRole('button', { name: 'Create customer' }).click();
    await form.getByText('Enter the number in international form, e.g. +447700900123.').waitFor();
    expect(await form.getByText('Enter a name.').count()).toBe(0);
    expect(await focusedLabel(page)).toBe('Phone');

    await form.getByLabel('Phone').fill('+447700900123');
    const answered = page.waitForResponse((response) => response.url().endsWith('/graphql'));
    await form.getByRole('button', { name: 'Create customer' }).click();
    await answered;
    await form.getByText('Another customer already has this account number.').waitFor();
    expect(await focusedLabel(page)).toBe('Account number');
    expect(await form.getByLabel('Account number').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'customer-create-errors.png'), fullPage: true });

    await form.getByLabel('Account number').fill(`LL-${tag}`);
    await form.getByRole('button', { name: 'Create customer' }).click();
    await page.getByRole('heading', { level: 1, name: `Lima Logistics ${tag}` }).waitFor();
    expect(page.url()).toMatch(new RegExp(`${appUrl('/customers/')}[0-9a-f-]{36}/overview$`));
    expect(await page.getByRole('status').filter({ hasText: 'is created' }).textContent()).toBe(
      `Lima Logistics ${tag} is created.`,
    );
    expect(await page.getByTestId('customer-account-number').textContent()).toBe(`LL-${tag}`);
    const details = (await page.locator('.details').textContent()) ?? '';
    expect(details).toContain('+447700900123');
    expect(details).toContain('Europe/London');
    expect(details).toContain('Postpaid');

    // The list, cached before, shows the new customer beside the old one.
    await page.getByRole('link', { name: 'Customers' }).first().click();
    const rows = page.getByRole('table', { name: 'Customers' }).getByTestId('customer-row');
    await rows.filter({ hasText: `Lima Logistics ${tag}` }).waitFor();
    expect(await rows.filter({ hasText: existing.name }).count()).toBe(1);
    await context.close();
  });

  it('should not offer a read-only operator the form', async () => {
    const tenant = await seed.partner();
    const reader = await tenant.operator('READ_ONLY');
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, reader.email, reader.password, '/customers');
    await page.getByRole('heading', { name: 'Customers' }).waitFor();
    await page.getByText('No customers yet.').waitFor();
    expect(await page.getByRole('link', { name: 'New customer' }).count()).toBe(0);
    await page.goto(appUrl('/customers/new'));
    await page.getByRole('heading', { name: 'No access' }).waitFor();
    await context.close();
  });
});
