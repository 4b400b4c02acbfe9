import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

describe('the customer page’s credits', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should add credits, then move some to a customer in the same currency after a confirmation stating both balances', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const from = await tenant.customer({ name: `Quebec Quarry ${tag}`, currency: 'EUR' });
    const to = await tenant.customer({ name: `Romeo Roofing ${tag}`, currency: 'EUR' });
    await tenant.customer({ name: `Romeo Pounds ${tag}`, currency: 'GBP' });
    await tenant.ledgerEntry(from.id, 5_000);
    const billing = await tenant.operator('BILLING');
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, billing.email, billing.password, `/customers/${to.id}/credits`);

    // Nothing to move from an empty account: the button says why instead.
    const moveButton = page.getByRole('button', { name: 'Move credits…' });
    await moveButton.waitFor();
    expect(await moveButton.getAttribute('aria-disabled')).toBe('true');
    await moveButton.hover();
    await page.getByRole('tooltip').filter({ hasText: 'Nothing to move' }).first().waitFor();
    await moveButton.click({ force: true });
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.goto(appUrl(`/customers/${from.id}/credits`));
    await page.getByTestId('credits-balance').filter({ hasText: '€50.00' }).waitFor();
    await page.getByRole('button', { name: 'Add credits…' }).click();
    const add = page.getByRole('dialog', { name: `Add credits — Quebec Quarry ${tag}` });
    await add.getByLabel('Amount (EUR)').fill('25.001');
    await add.getByRole('button', { name: 'Add credits' }).click();
    await add.getByText('Enter an amount in EUR, e.g. 12.50.').waitFor();
    await add.getByLabel('Amount (EUR)').fill('25');
    await add.getByLabel('Reference').fill(`pay-${tag}`);
    await add.getByRole('button', { name: 'Add credits' }).click();
    await page.getByText('€25.00 added.').waitFor();
    await page.getByTestId('credits-balance').filter({ hasText: '€75.00' }).waitFor();
    expect(await page.getByTestId('customer-header-balance').textContent()).toBe('€75.00');
    const ledger = page.getByRole('table', { name: 'Ledger' });
    await ledger
      .getByTestId('ledger-row')
      .filter({ hasText: `pay-${tag}` })
      .waitFor();

    await page.getByRole('button', { name: 'Move credits…' }).click();
    const move = page.getByRole('dialog', { name: `Move credits from Quebec Quarry ${tag}` });
    await move.getByLabel('Find the customer').fill(`Romeo`);
    const option = move.getByRole('radio', { name: new RegExp(`Romeo Roofing ${tag}`) });
    await option.waitFor();
    // Only customers billed in the same currency are offered.
    expect(await move.getByRole('radio', { name: new RegExp(`Romeo Pounds ${tag}`) }).count()).toBe(0);
    await option.check();
    await move.getByLabel('Amount (EUR)').fill('100');
    await move.getByRole('button', { name: 'Review' }).click();
    await move.getByText('At most €75.00 can move.').waitFor();
    await move.getByLabel('Amount (EUR)').fill('30');
    await move.getByRole('button', { name: 'Review' }).click();
    expect(await move.getByTestId('move-summary').textContent()).toBe(
      `Move €30.00 from Quebec Quarry ${tag} to Romeo Roofing ${tag}?`,
    );
    const after = (await move.getByTestId('move-after').textContent()) ?? '';
    expect(after).toContain(`Quebec Quarry ${tag} after€45.00`);
    expect(after).toContain(`Romeo Roofing ${tag} after€30.00`);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'customer-credits-move.png') });
    await move.getByRole('button', { name: 'Move credits' }).click();
    await page.getByText(`€30.00 moved to Romeo Roofing ${tag}.`).waitFor();
    await page.getByTestId('credits-balance').filter({ hasText: '€45.00' }).waitFor();
    await ledger.getByTestId('ledger-row').filter({ hasText: 'Moved out' }).waitFor();

    // The ledger's kind filter, and the other side of the move.
    await page.getByLabel('Kind').selectOption('CREDIT');
    await ledger.getByTestId('ledger-row').filter({ hasText: 'Moved out' }).waitFor({ state: 'detached' });
    await ledger
      .getByTestId('ledger-row')
      .filter({ hasText: `pay-${tag}` })
      .waitFor();
    expect(await ledger.getByTestId('ledger-row').count()).toBe(2);
    expect(await page.getByText('Showing 2 of 2').count()).toBe(1);
    await page.goto(appUrl(`/customers/${to.id}/credits`));
    await page.getByTestId('credits-balance').filter({ hasText: '€30.00' }).waitFor();
    await page.getByRole('table', { name: 'Ledger' }).getByText('Moved in').waitFor();
    await context.close();
    // Three customers, two pages and four dialogs: longer than the default on a busy machine.
  }, 120_000);
});
