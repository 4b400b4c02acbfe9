import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { graphql } from '../gql';
import { query } from '../support/api';
import { launchBrowser } from '../support/browser';
import { newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

const REMINDER = graphql(`
  query BrowserLowCreditReminder($id: ID!) {
    customer(id: $id) {
      lowCreditReminder {
        enabled
        thresholdMinor
        recipients
      }
    }
  }
`);

describe('the low-credit reminder on the customer page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should save the reminder’s switch, threshold in the customer’s currency and recipients, and show them after a reload', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 8);
    const customer = await tenant.customer({
      name: `November Nursery ${tag}`,
      currency: 'EUR',
      email: `holder-${tag}@customer.test`,
    });
    const support = await tenant.operator('SUPPORT');
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, support.email, support.password, `/customers/${customer.id}/messages`);

    const form = page.getByRole('form', { name: 'Low-credit reminder' });
    await form.getByTestId('reminder-state').filter({ hasText: 'Off.' }).waitFor();
    // By default it goes to the account holder.
    expect(await form.textContent()).toContain(`Empty: the account holder (holder-${tag}@customer.test)`);
    await form.getByLabel('Send low-credit reminders').check();
    await form.getByLabel('Threshold (EUR)').fill('12.505');
    await form.getByRole('button', { name: 'Save reminder' }).click();
    await form.getByText('Enter an amount in EUR, zero or more.').waitFor();
    await form.getByLabel('Threshold (EUR)').fill('12.50');
    await form.getByLabel('Recipients').fill(`finance-${tag}@customer.test\nboss-${tag}@customer.test`);
    await form.getByRole('button', { name: 'Save reminder' }).click();
    await form.getByText('Low-credit reminder saved.').waitFor();

    const saved = await query(tenant.owner.token, REMINDER, { id: customer.id });
    expect(saved.customer?.lowCreditReminder).toEqual({
      enabled: true,
      thresholdMinor: 1250,
      recipients: [`finance-${tag}@customer.test`, `boss-${tag}@customer.test`],
    });

    await page.reload();
    await form
      .getByTestId('reminder-state')
      .filter({ hasText: 'On: a reminder goes out when the balance falls below' })
      .waitFor();
    expect(await form.getByTestId('reminder-state').textContent()).toContain('€12.50');
    expect(await form.getByLabel('Send low-credit reminders').isChecked()).toBe(true);
    expect(await form.getByLabel('Threshold (EUR)').inputValue()).toBe('12.50');
    expect(await form.getByLabel('Recipients').inputValue()).toBe(
      `finance-${tag}@customer.test\nboss-${tag}@customer.test`,
    );
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'low-credit-reminder.png') });

    // Off again, and back to the account holder.
    await form.getByLabel('Send low-credit reminders').uncheck();
    await form.getByLabel('Recipients').fill('');
    await form.getByRole('button', { name: 'Save reminder' }).click();
    await form.getByText('Low-credit reminder saved.').waitFor();
    await page.reload();
    await form.getByTestId('reminder-state').filter({ hasText: 'Off.' }).waitFor();
    expect(await form.getByLabel('Send low-credit reminders').isChecked()).toBe(false);
    expect(await form.getByLabel('Recipients').inputValue()).toBe('');
    const after = await query(tenant.owner.token, REMINDER, { id: customer.id });
    expect(after.customer?.lowCreditReminder).toEqual({ enabled: false, thresholdMinor: 1250, recipients: [] });
    await context.close();
  }, 120_000);
});
