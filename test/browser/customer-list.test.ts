import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { graphql } from '../gql';
import { query } from '../support/api';
import { seed, type TenantSeed } from '../support/seed';

const TAGS_ADD = graphql(`
  mutation CustomerListTestTagsAdd($input: CustomerTagsAddInput!) {
    customerTagsAdd(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

/** The rows' names, top to bottom, as drawn. */
function rowNames(page: Page): Promise<string[]> {
  return customerRows(page).evaluateAll((rows) =>
    rows.map((row) => row.querySelector('a.row-link')?.textContent?.trim() ?? ''),
  );
}

function customerRows(page: Page): Locator {
  return page.getByRole('table', { name: 'Customers' }).getByTestId('customer-row');
}

function headerNames(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: 'Customers' })
    .locator('thead th')
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.replace(/[▲▼↕]/g, '').trim() ?? ''));
}

function sortOf(page: Page, label: string): Promise<string | null> {
  return page.getByRole('columnheader', { name: label }).getAttribute('aria-sort');
}

/** Waits until the rows drawn are exactly these names, in this order. */
async function expectNames(page: Page, names: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-testid="customer-row"] a.row-link')].map((a) => a.textContent?.trim()),
      ) === JSON.stringify(expected),
    names,
  );
  expect(await rowNames(page)).toEqual(names);
}

/** Creates customers a few at a time: each waits for billing and messaging to know it. */
async function customers(tenant: TenantSeed, names: string[]): Promise<void> {
  for (let start = 0; start < names.length; start += 5) {
    await Promise.all(names.slice(start, start + 5).map((name) => tenant.customer({ name })));
  }
}

/** Seeding a page and a half of customers, and a second browser, take a while on a busy machine. */
const slowTest = 180_000;

describe('the customer list as a grid', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it(
    'should sort by a header (mouse and keyboard), choose columns, search, and restore the whole view from its link',
    async () => {
      const tenant = await seed.partner();
      const tag = randomUUID().slice(0, 6);
      await tenant.customer({ name: `Charlie Cheese ${tag}`, accountNumber: `B-${tag}`, phone: '+447700900001' });
      await tenant.customer({ name: `Alpha Apples ${tag}`, accountNumber: `C-${tag}`, phone: '+447700900002' });
      const bravo = await tenant.customer({
        name: `Bravo Bread ${tag}`,
        accountNumber: `A-${tag}`,
        phone: '+447700900003',
      });
      await tenant.ledgerEntry(bravo.id, 1_234);
      const { context, page } = await newAdminPage(browser);
      await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers');

      // By default: oldest first, and an exact count.
      await expectNames(page, [`Charlie Cheese ${tag}`, `Alpha Apples ${tag}`, `Bravo Bread ${tag}`]);
      expect(await page.getByTestId('customer-total').textContent()).toBe('3 customers');
      expect(await sortOf(page, 'Created')).toBe('ascending');
      expect(await sortOf(page, 'Name')).toBeNull();
      // Billing's balance arrives in its column through the gateway.
      expect(
        await customerRows(page)
          .filter({ hasText: `Bravo Bread ${tag}` })
          .getByTestId('customer-balance')
          .textContent(),
      ).toBe('£12.34');

      // A click on a header sorts the whole list by it; a second click reverses it.
      await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
      await expectNames(page, [`Alpha Apples ${tag}`, `Bravo Bread ${tag}`, `Charlie Cheese ${tag}`]);
      expect(await sortOf(page, 'Name')).toBe('ascending');
      expect(await sortOf(page, 'Created')).toBeNull();
      expect(new URL(page.url()).searchParams.get('sort')).toBe('name');
      await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
      await expectNames(page, [`Charlie Cheese ${tag}`, `Bravo Bread ${tag}`, `Alpha Apples ${tag}`]);
      expect(await sortOf(page, 'Name')).toBe('descending');
      expect(new URL(page.url()).searchParams.get('order')).toBe('desc');

      // By keyboard: the header's button takes Enter.
      await page.getByRole('columnheader', { name: 'Account #' }).getByRole('button').focus();
      await page.keyboard.press('Enter');
      await expectNames(page, [`Bravo Bread ${tag}`, `Charlie Cheese ${tag}`, `Alpha Apples ${tag}`]);
      expect(await sortOf(page, 'Account #')).toBe('ascending');

      // The column chooser: Phone on, Email off; the name cannot be hidden.
      expect(await headerNames(page)).toEqual([
        '',
        'Account #',
        'Name',
        'Status',
        'Email',
        'Balance',
        'Created',
        'Actions',
      ]);
      await page.getByRole('button', { name: 'Columns' }).click();
      const menu = page.getByRole('menu');
      expect(await menu.getByRole('menuitemcheckbox', { name: 'Name' }).getAttribute('aria-disabled')).toBe('true');
      await menu.getByRole('menuitemcheckbox', { name: 'Phone' }).click();
      await menu.getByRole('menuitemcheckbox', { name: 'Email' }).click();
      await page.keyboard.press('Escape');
      // Both ticks count, however fast they follow each other.
      await page.getByRole('columnheader', { name: 'Phone' }).waitFor();
      await page.getByRole('columnheader', { name: 'Email' }).waitFor({ state: 'detached' });
      expect(await headerNames(page)).toEqual([
        '',
        'Account #',
        'Name',
        'Status',
        'Phone',
        'Balance',
        'Created',
        'Actions',
      ]);
      expect(new URL(page.url()).searchParams.get('cols')).toBe('account,name,status,phone,balance,created');
      expect(
        await customerRows(page)
          .filter({ hasText: `Bravo Bread ${tag}` })
          .textContent(),
      ).toContain('+447700900003');

      // The search box finds as one types, without Enter.
      await page.getByRole('searchbox', { name: 'Search customers' }).fill(`bravo bread ${tag}`);
      await expectNames(page, [`Bravo Bread ${tag}`]);
      await page.getByTestId('customer-total').filter({ hasText: '1 customer' }).waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe(`bravo bread ${tag}`);

      // The link reproduces the view in another browser: search, sort and columns.
      const link = page.url();
      const other = await newAdminPage(browser);
      await signInThroughUi(other.page, tenant.owner.email, tenant.owner.password, link.slice(appUrl('').length));
      await expectNames(other.page, [`Bravo Bread ${tag}`]);
      expect(await other.page.getByRole('searchbox', { name: 'Search customers' }).inputValue()).toBe(
        `bravo bread ${tag}`,
      );
      expect(await sortOf(other.page, 'Account #')).toBe('ascending');
      expect(await headerNames(other.page)).toEqual(await headerNames(page));
      await other.context.close();

      // Nothing found: said so, with a way back that keeps the columns.
      await page.getByRole('searchbox', { name: 'Search customers' }).fill(`zzz-nothing-${tag}`);
      await page.getByText(`No customers match “zzz-nothing-${tag}”.`).waitFor();
      await page.getByRole('link', { name: 'Clear search and filters' }).click();
      await customerRows(page).nth(2).waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBeNull();
      expect(new URL(page.url()).searchParams.get('cols')).toBe('account,name,status,phone,balance,created');
      await context.close();
    },
    slowTest,
  );

  it(
    'should load the next page as the operator scrolls and select all customers matching the filter',
    async () => {
      const tenant = await seed.partner();
      const tag = randomUUID().slice(0, 6);
      const names = Array.from({ length: 56 }, (_, index) => `Row ${String(index).padStart(2, '0')} ${tag}`);
      await customers(tenant, names);
      const { context, page } = await newAdminPage(browser);
      await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers?sort=name');

      await page.getByText('Showing 50 of 56').waitFor();
      expect(await page.getByTestId('customer-total').textContent()).toBe('56 customers');
      expect(await page.getByRole('table', { name: 'Customers' }).getAttribute('aria-rowcount')).toBe('57');

      // The header checkbox ticks the loaded rows, then offers every customer the filter matches.
      await page.getByRole('checkbox', { name: 'Select all loaded customers' }).check();
      await page.getByTestId('selection-summary').filter({ hasText: '50 selected.' }).waitFor();
      await page.getByRole('button', { name: 'Select all 56 customers matching this filter' }).click();
      await page
        .getByTestId('selection-summary')
        .filter({ hasText: 'All 56 customers matching this filter are selected.' })
        .waitFor();
      await page.getByRole('checkbox', { name: `Select Row 03 ${tag}` }).uncheck();
      await page.getByTestId('selection-summary').filter({ hasText: 'but 1 unticked' }).waitFor();

      // Scrolling to the end loads the rest by cursor; the rows that arrive are selected too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.getByText('Showing 56 of 56').waitFor();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const lastBox = page.getByRole('checkbox', { name: `Select Row 55 ${tag}` });
      await lastBox.waitFor();
      expect(await lastBox.isChecked()).toBe(true);
      expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
      await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'customer-list-selection.png') });

      // Virtual scrolling: far fewer rows are drawn than are loaded once the page is long.
      await page.setViewportSize({ width: 1280, height: 400 });
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="customer-row"]').length < 56);

      // With some selected, the header checkbox clears everything, also the customers not drawn.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('checkbox', { name: 'Select all loaded customers' }).click();
      await page.getByTestId('selection-summary').waitFor({ state: 'detached' });
      await context.close();
    },
    slowTest,
  );

  it(
    'should filter by the panel (tags and currency), keep the filter in the URL, and refuse a malformed amount in the form',
    async () => {
      const tenant = await seed.partner();
      const tag = randomUUID().slice(0, 6);
      const vip = await tenant.customer({ name: `Vip Euro ${tag}`, currency: 'EUR', country: 'FR' });
      const other = await tenant.customer({ name: `Vip Pound ${tag}`, currency: 'GBP' });
      await tenant.customer({ name: `Plain Euro ${tag}`, currency: 'EUR', country: 'FR' });
      const added = await query(tenant.owner.token, TAGS_ADD, {
        input: { customerIds: [vip.id, other.id], tags: [`vip-${tag}`] },
      });
      expect(added.customerTagsAdd.userErrors).toEqual([]);
      const { context, page } = await newAdminPage(browser);
      await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers?sort=name');
      await customerRows(page).nth(2).waitFor();

      await page.getByRole('button', { name: 'Filters' }).click();
      const panel = page.getByRole('form', { name: 'Filters' });
      await panel.getByLabel('Has any of').fill(`vip-${tag}`);
      await panel.getByLabel('Currencies').fill('eur');
      await panel.getByRole('button', { name: 'Apply filters' }).click();
      await expectNames(page, [`Vip Euro ${tag}`]);
      await page.getByTestId('customer-total').filter({ hasText: '1 customer' }).waitFor();
      const url = new URL(page.url());
      expect(url.searchParams.get('tagsAny')).toBe(`vip-${tag}`);
      expect(url.searchParams.get('currency')).toBe('eur');
      expect(await page.getByRole('button', { name: 'Filters (2)' }).count()).toBe(1);

      // A malformed value is refused in the form, before any request.
      await panel.getByLabel('Balance at least').fill('ten');
      await panel.getByRole('button', { name: 'Apply filters' }).click();
      await panel.getByText('Give a whole number of minor units (cents).').waitFor();
      await context.close();
    },
    slowTest,
  );
});
