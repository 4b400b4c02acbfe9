import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

/** How far the page's content reaches beyond the window, sideways. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('the customer page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should open a customer from the list by a click on its row, by keyboard and at a section from the row menu', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Delta Dairy ${tag}`, accountNumber: `DD-${tag}`, currency: 'EUR' });
    await tenant.ledgerEntry(customer.id, 4_200);
    await tenant.member(customer.id, { email: `olive-${tag}@customer.test`, role: 'OWNER' });
    await tenant.customer({ name: `Echo Energy ${tag}` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers');

    const rows = page.getByRole('table', { name: 'Customers' }).getByTestId('customer-row');
    const row = rows.filter({ hasText: `Delta Dairy ${tag}` });
    // A click anywhere on the row, here on its balance, opens the customer.
    await row.getByTestId('customer-balance').click();
    await page.getByRole('heading', { level: 1, name: `Delta Dairy ${tag}` }).waitFor();
    expect(page.url()).toBe(appUrl(`/customers/${customer.id}/overview`));
    expect(await page.getByTestId('customer-account-number').textContent()).toBe(`DD-${tag}`);
    expect(await page.getByTestId('customer-header-balance').textContent()).toBe('€42.00');
    expect(await page.getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.details').textContent()).toContain('Euro');

    // Each section has its own URL, and Back returns to the one before.
    await page.getByRole('navigation', { name: 'Customer sections' }).getByRole('link', { name: 'Members' }).click();
    await page.getByRole('table', { name: 'Members' }).getByTestId('member-row').first().waitFor();
    expect(page.url()).toBe(appUrl(`/customers/${customer.id}/members`));
    expect(await page.getByRole('table', { name: 'Members' }).textContent()).toContain(`olive-${tag}@customer.test`);
    await page.goBack();
    await page.getByRole('heading', { name: 'Details' }).waitFor();

    // By keyboard: the name is the row's link.
    await page.getByRole('link', { name: 'Customers' }).first().click();
    await rows.first().waitFor();
    await row.getByRole('link', { name: `Delta Dairy ${tag}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Delta Dairy ${tag}` }).waitFor();

    // The row menu jumps straight to a section, by keyboard too.
    await page.goBack();
    await rows.first().waitFor();
    const menuButton = row.getByRole('button', { name: `Open Delta Dairy ${tag} at…` });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: 'Members' }).waitFor();
    // The menu moves focus to its first item a moment after it shows; an arrow pressed before
    // that reaches the button, and Enter then opens the first section.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Members' }).waitFor();
    expect(page.url()).toBe(appUrl(`/customers/${customer.id}/members`));
    await context.close();
  });

  it('should say when a customer does not exist or is another partner’s, and when a section does not', async () => {
    const tenant = await seed.partner();
    const other = await seed.partner();
    const theirs = await other.customer({ name: 'Hotel Other Partner' });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${theirs.id}/overview`);
    await page.getByRole('heading', { name: 'Customer not found' }).waitFor();
    expect(await page.content()).not.toContain('Hotel Other Partner');

    await page.goto(appUrl('/customers/not-an-id/members'));
    await page.getByRole('heading', { name: 'Customer not found' }).waitFor();

    const mine = await tenant.customer({ name: 'India Imports' });
    await page.goto(appUrl(`/customers/${mine.id}`));
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    expect(page.url()).toBe(appUrl(`/customers/${mine.id}/overview`));
    await page.goto(appUrl(`/customers/${mine.id}/nonsense`));
    await page.getByText('This customer page has no such section.').waitFor();
    await context.close();
  });

  it('should say so when a partner has no customers yet', async () => {
    const empty = await seed.partner();
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, empty.owner.email, empty.owner.password, '/customers');
    await page.getByText('No customers yet.').waitFor();
    await context.close();
  });

  it('should edit only the details changed, the location and keywords too, with each error on its field', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `November Nails ${tag}`, email: `nn-${tag}@customer.test` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/overview`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Edit details' });
    expect(await form.getByLabel('Email').inputValue()).toBe(`nn-${tag}@customer.test`);
    // Editing has no account number, currency or pricing: each has its own place.
    expect(await form.getByLabel('Account number').count()).toBe(0);
    expect(await form.getByLabel('Currency').count()).toBe(0);

    await form.getByLabel('Keywords').fill(`nails-${tag}, Salon ${tag}`);
    await form.getByLabel('Address line 1').fill('1 High Street');
    await form.getByLabel('City').fill('Leeds');
    await form.getByLabel('Postcode').fill('LS1 1AA');
    await form.getByLabel('Latitude').fill('53.8');
    await form.getByRole('button', { name: 'Save details' }).click();
    await form.getByText('Choose the country of the address.').waitFor();
    expect(await form.getByText('Give the longitude with the latitude.').count()).toBe(1);
    await form.getByLabel('Address country').selectOption('GB');
    await form.getByLabel('Longitude').fill('-1.55');
    await form.getByRole('button', { name: 'Save details' }).click();

    await page.getByText('The details are saved.').waitFor();
    const details = (await page.locator('.details').textContent()) ?? '';
    expect(details).toContain('1 High Street');
    expect(details).toContain('LS1 1AA Leeds');
    expect(details).toContain(`Salon ${tag}`);
    expect(details).toContain(`nn-${tag}@customer.test`);
    // A keyword now finds the customer in the list.
    await page.goto(appUrl(`/customers?q=salon%20${tag}`));
    await page.getByRole('table', { name: 'Customers' }).getByText(`November Nails ${tag}`).waitFor();
    await context.close();
  });

  it('should fit the list and the customer page into a 390 px wide window', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({
      name: `Juliet Joinery and Sons ${tag}`,
      email: `accounts-department-${tag}@juliet-joinery.test`,
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers');
    const row = page.getByRole('table', { name: 'Customers' }).getByTestId('customer-row');
    await row.first().waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'customer-list-390.png'), fullPage: true });

    await row.getByRole('link', { name: `Juliet Joinery and Sons ${tag}` }).click();
    await page.getByRole('heading', { level: 1, name: `Juliet Joinery and Sons ${tag}` }).waitFor();
    expect(page.url()).toBe(appUrl(`/customers/${customer.id}/overview`));
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'customer-page-390.png'), fullPage: true });
    await context.close();
  });
});
