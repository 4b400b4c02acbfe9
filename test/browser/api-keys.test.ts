import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { authRequest, exchangeApiKey } from '../support/api';
import { launchBrowser } from '../support/browser';
import { newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

describe('the API keys page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should show a new key’s secret once and revoke the key only after a confirmation', async () => {
    const tenant = await seed.partner();
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/api-keys');
    await page.getByText('No active API keys.').waitFor();

    await page.getByRole('button', { name: 'Create API key' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByLabel('Name').fill('CRM sync');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await dialog.getByText('Choose at least one scope.').waitFor();
    await dialog.getByLabel('Customers read').check();
    await dialog.getByLabel('Messaging send').check();
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const reveal = page.getByRole('dialog', { name: 'API key “CRM sync” created' });
    const secret = await reveal.getByLabel('Secret').inputValue();
    expect(secret).toMatch(/^clt_/);
    expect(await reveal.textContent()).toContain('You will not see it again');
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'api-key-secret.png') });
    // Escape does not throw the secret away by accident.
    await page.keyboard.press('Escape');
    expect(await reveal.isVisible()).toBe(true);
    // It is a working key.
    await expect(exchangeApiKey(secret)).resolves.toEqual(expect.any(String));

    await reveal.getByRole('button', { name: 'I have copied it' }).click();
    await reveal.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);

    const row = page
      .getByRole('table', { name: 'API keys' })
      .getByTestId('api-key-row')
      .filter({ hasText: 'CRM sync' });
    await row.waitFor();
    const text = await row.textContent();
    const prefix = (await row.getByRole('cell').nth(1).textContent())?.replace(/…$/, '') ?? '';
    expect(prefix.length).toBeGreaterThan(3);
    expect(secret.startsWith(prefix)).toBe(true);
    expect(text).toContain('Customers read');
    expect(text).toContain('Messaging send');
    expect(text).toContain('Active');
    expect(text).not.toContain(secret);

    await row.getByRole('button', { name: 'Revoke CRM sync' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Revoke API key “CRM sync”?' });
    expect(await confirm.textContent()).toContain('stops working at once');
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'api-key-revoke.png') });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await expect(exchangeApiKey(secret)).resolves.toEqual(expect.any(String));

    await row.getByRole('button', { name: 'Revoke CRM sync' }).click();
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText('API key “CRM sync” is revoked.').waitFor();
    await row.waitFor({ state: 'detached' });
    const exchange = await authRequest('/auth/token', { grant_type: 'client_credentials', client_secret: secret });
    expect(exchange.status).toBe(401);

    await page.getByLabel('Show revoked').check();
    await row.waitFor();
    expect(await row.textContent()).toContain('Revoked');
    await context.close();
  });
});
