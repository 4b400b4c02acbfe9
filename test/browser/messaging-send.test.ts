import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { database } from '../support/databases';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

/**
 * The test stack configures no SMTP server or SMS provider, so what is sent lands in the outbox
 * exactly as it would have gone out (the whole RFC 5322 email).
 */
describe('sending messages from the admin app', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should send an email to one customer from the customer page, show it in the outbox as sent, and list it in the customer’s history', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 8);
    const email = `kilo-${tag}@customer.test`;
    const customer = await tenant.customer({ name: `Kilo Kitchens ${tag}`, email, phone: '+447700900123' });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/messages`);
    await page.getByText('No messages yet.').waitFor();

    await page.getByRole('link', { name: 'Send message' }).click();
    await page.getByRole('heading', { name: 'Send a message' }).waitFor();
    // The customer comes preselected from its page.
    expect(await page.getByLabel('Customer ids, one per line').inputValue()).toBe(customer.id);
    expect(await page.getByText('1 selected').count()).toBe(1);

    // An SMS's length in segments, by the encoding its text needs.
    await page.getByLabel('Channel').selectOption('SMS');
    await page.getByLabel('Text').fill('x'.repeat(161));
    await page.getByTestId('sms-length').filter({ hasText: '2 SMS segments · 161 GSM-7 characters' }).waitFor();
    await page.getByLabel('Text').fill('Hello 😀');
    await page.getByTestId('sms-length').filter({ hasText: '1 SMS segment · 8 UCS-2 units' }).waitFor();

    await page.getByLabel('Channel').selectOption('EMAIL');
    await page.getByLabel('Subject').fill('Your account {{customer.accountNumber}}');
    await page.getByLabel('Text').fill('Hello {{customer.name}}, all is well.');
    await page
      .getByTestId('preview-text')
      .filter({ hasText: `Hello Kilo Kitchens ${tag}, all is well.` })
      .waitFor();
    await page.getByText(`To: ${email}`).waitFor();
    await page.getByText(`Subject: Your account ${customer.accountNumber}`).waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText(`Queued for ${email}.`).waitFor();

    await page.getByRole('link', { name: 'Outbox' }).click();
    const entry = page.getByRole('list', { name: 'Outbox entries' }).getByRole('listitem').filter({ hasText: email });
    // The worker sends within moments; the outbox is read again until it has.
    for (let tries = 0; (await entry.count()) === 0 && tries < 40; tries++) {
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Refresh' }).click();
    }
    await entry.waitFor();
    expect(await entry.locator('summary').textContent()).toContain(`Your account ${customer.accountNumber}`);
    await entry.locator('summary').click();
    const raw = (await entry.locator('pre').textContent()) ?? '';
    expect(raw).toContain(`To: ${email}`);
    expect(raw).toContain(`Subject: Your account ${customer.accountNumber}`);
    expect(raw).toContain(`Hello Kilo Kitchens ${tag}, all is well.`);

    await page.goto(appUrl(`/customers/${customer.id}/messages`));
    const row = page.getByRole('table', { name: 'Messages' }).getByTestId('message-row');
    await row.filter({ hasText: 'Sent' }).waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Email');
    expect(text).toContain(email);
    expect(text).toContain(`Your account ${customer.accountNumber}`);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'customer-messages.png') });
    // The history's filters: nothing went by SMS, and nothing failed.
    await page.getByLabel('Channel').selectOption('SMS');
    await page.getByText('No messages match these filters.').waitFor();
    await page.getByLabel('Channel').selectOption('EMAIL');
    await row.waitFor();
    await page.getByLabel('Status').selectOption('FAILED');
    await page.getByText('No messages match these filters.').waitFor();
    await page.getByLabel('Status').selectOption('SENT');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    await context.close();
  }, 120_000);

  it('should bulk send to every customer a search matches, show the progress, and end with the counts and skip reasons', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 8);
    await tenant.customer({ name: `Lima ${tag} One`, email: `lima-1-${tag}@customer.test` });
    await tenant.customer({ name: `Lima ${tag} Two`, email: `lima-2-${tag}@customer.test` });
    await tenant.customer({ name: `Lima ${tag} Three` });
    const optedOut = await tenant.customer({ name: `Lima ${tag} Four`, email: `lima-4-${tag}@customer.test` });
    await (
      await database('messaging')
    ).query(`INSERT INTO messaging.opt_outs (partner_id, customer_id, channel) VALUES ($1, $2, 'EMAIL')`, [
      tenant.partnerId,
      optedOut.id,
    ]);
    // Not matched by the search: must not be counted or sent to.
    await tenant.customer({ name: `Mike ${randomUUID().slice(0, 8)}`, email: `mike-${tag}@customer.test` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/messaging/send');

    await page.getByLabel('Every customer matching a search').check();
    await page.getByLabel('Name or account number contains').fill(`lima ${tag}`);
    await page
      .getByTestId('recipient-count')
      .filter({
        hasText: '2 of 4 selected customers will receive it; skipped: 1 without an email address, 1 opted out.',
      })
      .waitFor();
    await page.getByLabel('Subject').fill('News for {{customer.accountNumber}}');
    await page.getByLabel('Text').fill('Hello {{customer.name}}');
    await page.getByRole('button', { name: 'Send', exact: true }).click();

    await page.getByRole('heading', { name: /^Bulk email/ }).waitFor();
    await page.getByRole('progressbar').waitFor();
    await page.getByTestId('batch-status').filter({ hasText: 'Done · 2 of 2 finished' }).waitFor();
    const count = async (label: string) =>
      (
        await page
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
          .getByRole('cell')
          .textContent()
      )?.trim();
    expect(await count('Selected')).toBe('4');
    expect(await count('Sent')).toBe('2');
    expect(await count('Failed')).toBe('0');
    expect(await count('Waiting')).toBe('0');
    expect(await count('Skipped: no address')).toBe('1');
    expect(await count('Skipped: closed')).toBe('0');
    expect(await count('Skipped: opted out')).toBe('1');
    expect(await page.getByRole('button', { name: 'Cancel the rest' }).count()).toBe(0);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'bulk-send-done.png') });

    // What went out, as the outbox kept it: the two with an address, and nobody else.
    await page.getByRole('link', { name: 'Outbox' }).click();
    const entries = page.getByRole('list', { name: 'Outbox entries' }).getByRole('listitem');
    await entries.first().waitFor();
    const recipients = await entries.locator('summary strong').allTextContents();
    expect(recipients.sort()).toEqual([`lima-1-${tag}@customer.test`, `lima-2-${tag}@customer.test`]);
    await context.close();
  }, 120_000);
});
