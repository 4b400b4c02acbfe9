import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { testStack } from '../support/env';
import { seed } from '../support/seed';

describe('the admin app in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should sign an operator in and list their customers with balances from billing', async () => {
    const tenant = await seed.partner();
    const alpha = await tenant.customer({ name: 'Alpha Bakery', currency: 'EUR', country: 'FR' });
    const bravo = await tenant.customer({ name: 'Bravo Motors', currency: 'GBP' });
    await tenant.ledgerEntry(alpha.id, 10_050);
    await tenant.ledgerEntry(bravo.id, -990);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });

    await page.goto(`${testStack().gatewayUrl}/`);
    await page.getByLabel('Email').fill(tenant.owner.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Email or password is incorrect.');

    await page.getByLabel('Password').fill(tenant.owner.password);
    await page.getByLabel('Password').press('Enter');
    const table = page.getByRole('table', { name: 'Customers' });
    await table.getByTestId('customer-row').first().waitFor();

    const rows = await table.getByTestId('customer-row').evaluateAll((elements) =>
      elements.map((row) => ({
        text: row.textContent ?? '',
        balance: row.querySelector('[data-testid="customer-balance"]')?.textContent?.trim() ?? '',
      })),
    );
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'customers-page.png') });

    expect(await page.getByTestId('viewer-name').textContent()).toContain(`Owner`);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.text)).toEqual([
      expect.stringContaining('Alpha Bakery'),
      expect.stringContaining('Bravo Motors'),
    ]);
    expect(rows.map((row) => row.balance)).toEqual(['€100.50', '-£9.90']);
  });
});
