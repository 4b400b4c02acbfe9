import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { eventually } from '../support/api';
import { launchBrowser } from '../support/browser';
import { newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

describe('the messaging settings page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should save the sender and reply-to, refuse a malformed address, and send the next email from them', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 8);
    const email = `oscar-${tag}@customer.test`;
    const customer = await tenant.customer({ name: `Oscar Optics ${tag}`, email });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/messaging/send');
    await page.getByRole('link', { name: 'Settings' }).click();
    const form = page.getByRole('form', { name: 'Sender' });
    await form.waitFor();
    await page.getByTestId('email-provider').filter({ hasText: 'emails are kept in the outbox' }).waitFor();

    await form.getByLabel('From address').fill(`Acme ${tag} <billing-${tag}@acme.test>`);
    await form.getByLabel('Reply-to').fill('not an address');
    await form.getByLabel('SMS sender id').fill('Acme');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.locator('.field__error').filter({ hasText: /\S/ }).first().waitFor();
    expect(await form.getByLabel('Reply-to').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Reply-to').fill(`help-${tag}@acme.test`);
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByText('Messaging settings saved.').waitFor();

    await page.reload();
    await form.getByLabel('From address').waitFor();
    // The form takes the saved values once they have loaded.
    await eventually(
      async () => ((await form.getByLabel('SMS sender id').inputValue()) === 'Acme' ? true : null),
      'the saved settings in the form',
    );
    expect(await form.getByLabel('From address').inputValue()).toBe(`Acme ${tag} <billing-${tag}@acme.test>`);
    expect(await form.getByLabel('Reply-to').inputValue()).toBe(`help-${tag}@acme.test`);

    // The next email goes out from the partner's own sender.
    await page.getByRole('link', { name: 'Send' }).click();
    await page.getByLabel('Customer ids, one per line').fill(customer.id);
    await page.getByLabel('Subject').fill('Hello');
    await page.getByLabel('Text').fill('Hello {{customer.name}}');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText(`Queued for ${email}.`).waitFor();
    await page.getByRole('link', { name: 'Outbox' }).click();
    const entry = page.getByRole('list', { name: 'Outbox entries' }).getByRole('listitem').filter({ hasText: email });
    for (let tries = 0; (await entry.count()) === 0 && tries < 40; tries++) {
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Refresh' }).click();
    }
    await entry.locator('summary').click();
    const raw = (await entry.locator('pre').textContent()) ?? '';
    expect(raw).toMatch(new RegExp(`^From: "?Acme ${tag}"? <billing-${tag}@acme\\.test>`, 'm'));
    expect(raw).toMatch(new RegExp(`^Reply-To: help-${tag}@acme\\.test`, 'm'));
    await context.close();
  }, 120_000);
});
