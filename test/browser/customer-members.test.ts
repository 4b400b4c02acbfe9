import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

describe('the customer page’s members', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should add a member, make them the owner after a confirmation, and show the former owner as an admin', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Mike Motors ${tag}` });
    const owner = await tenant.member(customer.id, { email: `oscar-${tag}@customer.test`, role: 'OWNER' });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/members`);
    const table = page.getByRole('table', { name: 'Members' });
    const rows = table.getByTestId('member-row');
    await rows.first().waitFor();

    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add member' });
    // The focus is in the dialog's first field; the owner exists, so OWNER is not offered.
    expect(await dialog.getByLabel('Name').evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await dialog.getByLabel('Role').locator('option').allTextContents()).toEqual(['Admin', 'Member']);
    await dialog.getByLabel('Name').fill('Papa Person');
    await dialog.getByLabel('Email').fill(`oscar-${tag}@customer.test`);
    await dialog.getByLabel('Portal access').check();
    await dialog.getByLabel('As a recipient').selectOption('PAID');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    // The address is the owner's already: the server says so on the field.
    const emailError = dialog.locator('.field__error');
    await emailError.waitFor();
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByLabel('Email').evaluate((input) => input === document.activeElement)).toBe(true);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'customer-member-error.png') });

    await dialog.getByLabel('Email').fill(`papa-${tag}@customer.test`);
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Papa Person is added.').waitFor();
    const papa = rows.filter({ hasText: 'Papa Person' });
    await papa.waitFor();
    expect(await papa.textContent()).toContain('Paid');
    // The dialog gave the focus back to the button that opened it.
    expect(
      await page.getByRole('button', { name: 'Add member' }).evaluate((button) => button === document.activeElement),
    ).toBe(true);

    // Transfer: the menu by keyboard, then a confirmation naming both people.
    await papa.getByRole('button', { name: 'Actions for Papa Person' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Make owner…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Make Papa Person the owner?' });
    expect(await confirm.textContent()).toContain(`Member ${owner.email} becomes an admin`);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await papa.textContent()).toContain('Member');
    // Back on the menu button it was opened from.
    expect(
      await papa
        .getByRole('button', { name: 'Actions for Papa Person' })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);

    await papa.getByRole('button', { name: 'Actions for Papa Person' }).click();
    await page.getByRole('menuitem', { name: 'Make owner…' }).click();
    await confirm.getByRole('button', { name: 'Make owner' }).click();
    await page.getByText('Papa Person is now the owner.').waitFor();
    await papa.filter({ hasText: 'Owner' }).waitFor();
    const former = rows.filter({ hasText: owner.email });
    expect(await former.locator('td[data-label="Role"]').textContent()).toBe('Admin');
    expect(await rows.locator('td[data-label="Role"]', { hasText: 'Owner' }).count()).toBe(1);

    // The member's portal password reset link, shown to pass on.
    await papa.getByRole('button', { name: 'Actions for Papa Person' }).click();
    await page.getByRole('menuitem', { name: 'Reset portal password…' }).click();
    const shown = page.getByRole('dialog', { name: 'Password reset for Papa Person' });
    expect(await shown.getByLabel('Password reset link').inputValue()).toMatch(/^https?:\/\/\S+#token=\S+$/);
    await shown.getByRole('button', { name: 'Done' }).click();

    // A reload reads the same from the server.
    await page.reload();
    await papa.filter({ hasText: 'Owner' }).waitFor();
    await context.close();
  });
});
