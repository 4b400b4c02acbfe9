import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { graphql } from '../gql';
import { eventually, query } from '../support/api';
import { launchBrowser } from '../support/browser';
import { newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';
import { WebhookReceiver, verifyStandardWebhook } from '../webhooks/receiver';

const ENDPOINT_CREATE = graphql(`
  mutation BrowserWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

const CUSTOMER_RENAME = graphql(`
  mutation BrowserCustomerRename($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      userErrors {
        message
      }
    }
  }
`);

const DELIVERY_COUNT = graphql(`
  query BrowserWebhookDeliveryCount($id: ID!) {
    webhookEndpoint(id: $id) {
      deliveries(first: 1, filter: { status: SUCCEEDED }) {
        totalCount
      }
    }
  }
`);

describe('the webhooks page', () => {
  let browser: Browser;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    browser = await launchBrowser();
    receiver = await WebhookReceiver.start();
  });

  afterAll(async () => {
    await receiver.stop();
    await browser.close();
  });

  it('should add an endpoint showing its secret once, log the delivery a local receiver got, replay it, turn it off and on, and delete it', async () => {
    const tenant = await seed.partner();
    const url = receiver.endpoint();
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/');
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByText('No webhook endpoints yet.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Add endpoint' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add webhook endpoint' });
    await dialog.getByLabel('URL').fill('not a url');
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();
    await dialog.getByText('Enter the endpoint’s full https:// address.').waitFor();
    await dialog.getByText('Choose at least one event.').waitFor();
    await dialog.getByLabel('URL').fill(url);
    await dialog.getByLabel('Description (optional)').fill('CRM sync');
    await dialog.getByRole('checkbox', { name: /^Created/ }).check();
    await dialog.getByRole('checkbox', { name: /^Suspended/ }).check();
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();

    const reveal = page.getByRole('dialog', { name: 'Webhook endpoint created' });
    const secret = await reveal.getByLabel('Signing secret').inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(await reveal.textContent()).toContain('You will not see it again');
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'webhook-secret.png') });
    // Escape does not throw the secret away by accident.
    await page.keyboard.press('Escape');
    expect(await reveal.isVisible()).toBe(true);
    await reveal.getByRole('button', { name: 'I have copied it' }).click();
    await reveal.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);

    const row = page.getByRole('table', { name: 'Webhook endpoints' }).getByTestId('webhook-endpoint-row');
    await row.filter({ hasText: url }).waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('customer.created');
    expect(rowText).toContain('customer.suspended');
    expect(rowText).toContain('Enabled');
    expect(rowText).toContain('CRM sync');

    // Something happens that the endpoint subscribes to; the receiver gets it, signed with the secret shown.
    const customer = await tenant.customer();
    const [first] = await eventually(
      () => Promise.resolve(receiver.at(url).length >= 1 ? receiver.at(url) : null),
      'the customer.created delivery',
      20_000,
    );
    expect(verifyStandardWebhook(secret, first!)).toBe(true);
    expect(first!.body).toContain(customer.id);

    await row.getByRole('link', { name: url }).click();
    await page.getByRole('heading', { name: url }).waitFor();
    const deliveries = page.getByRole('table', { name: 'Delivery log' }).getByTestId('webhook-delivery-row');
    const succeeded = deliveries.filter({ hasText: 'Succeeded' });
    // Pending deliveries are read again on their own; a finished one may need the page's Refresh.
    for (let tries = 0; (await succeeded.count()) === 0 && tries < 40; tries++) {
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Refresh' }).click();
    }
    await succeeded.waitFor();
    expect(await deliveries.count()).toBe(1);
    expect(await deliveries.textContent()).toContain('customer.created');
    expect((await deliveries.getByTestId('webhook-delivery-code').textContent())?.trim()).toBe('204');
    await page.getByText('Showing 1 of 1').waitFor();

    await deliveries.getByRole('button', { name: /^Replay customer\.created/ }).click();
    await page.getByText('customer.created is being sent again.').waitFor();
    await page.getByText('Showing 2 of 2').waitFor();
    await succeeded.nth(1).waitFor();
    expect(await succeeded.count()).toBe(2);
    const arrivals = await eventually(
      () => Promise.resolve(receiver.at(url).length >= 2 ? receiver.at(url) : null),
      'the replay',
      20_000,
    );
    // A replay is the same message: the same webhook-id and body, signed afresh.
    expect(arrivals[1]!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(arrivals[1]!.body).toBe(first!.body);
    expect(verifyStandardWebhook(secret, arrivals[1]!)).toBe(true);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'webhook-deliveries.png') });

    // Off: says why; on again.
    await page.getByRole('button', { name: 'Disable' }).click();
    await page.getByText('The endpoint is disabled.').waitFor();
    const status = page.getByTestId('webhook-endpoint-status');
    await status.filter({ hasText: 'Disabled' }).waitFor();
    expect(await status.textContent()).toContain('Turned off by an operator.');
    await page.getByRole('button', { name: 'Enable' }).click();
    await page.getByText('The endpoint is enabled again.').waitFor();
    await status.filter({ hasText: 'Enabled' }).waitFor();

    // Edit: another event, a new description.
    await page.getByRole('button', { name: 'Edit…' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit webhook endpoint' });
    expect(await edit.getByLabel('URL').inputValue()).toBe(url);
    expect(await edit.getByRole('checkbox', { name: /^Created/ }).isChecked()).toBe(true);
    await edit.getByRole('checkbox', { name: /^Suspended/ }).uncheck();
    await edit.getByRole('checkbox', { name: /^Invoice paid/ }).check();
    await edit.getByLabel('Description (optional)').fill('CRM sync v2');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The endpoint is saved.').waitFor();
    const events = page.getByRole('list', { name: 'Events' });
    await events.getByText('invoice.paid').waitFor();
    expect(await events.getByText('customer.suspended').count()).toBe(0);
    await page.getByText('CRM sync v2').waitFor();

    // Delete, after a confirmation.
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this webhook endpoint?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: url }).waitFor();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await confirm.getByRole('button', { name: 'Delete endpoint' }).click();
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await page.getByText('No webhook endpoints yet.', { exact: false }).waitFor();
    await context.close();
  }, 120_000);

  it('should page through a long delivery log with Load more', async () => {
    const tenant = await seed.partner();
    const url = receiver.endpoint();
    const created = await query(tenant.owner.token, ENDPOINT_CREATE, {
      input: { url, eventTypes: ['CUSTOMER_UPDATED'] },
    });
    const endpointId = created.webhookEndpointCreate.webhookEndpoint!.id;
    const customer = await tenant.customer();
    // 26 deliveries: one more than a page of the log.
    for (let n = 1; n <= 26; n++) {
      const renamed = await query(tenant.owner.token, CUSTOMER_RENAME, {
        input: { id: customer.id, name: `Papa Printing ${n}` },
      });
      expect(renamed.customerUpdate.userErrors).toEqual([]);
    }
    await eventually(
      async () => {
        const data = await query(tenant.owner.token, DELIVERY_COUNT, { id: endpointId });
        return data.webhookEndpoint?.deliveries.totalCount === 26 ? true : null;
      },
      '26 successful deliveries',
      30_000,
    );
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/webhooks/${endpointId}`);
    const rows = page.getByRole('table', { name: 'Delivery log' }).getByTestId('webhook-delivery-row');
    await page.getByText('Showing 25 of 26').waitFor();
    expect(await rows.count()).toBe(25);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('Showing 26 of 26').waitFor();
    expect(await rows.count()).toBe(26);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    // Each delivery once: the second page starts after the first page's last.
    const ids = await rows.locator('summary + p').allTextContents();
    expect(new Set(ids).size).toBe(26);
    await context.close();
  }, 120_000);

  it('should not offer the webhooks page to a role without webhooks:manage', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, support.email, support.password, '/webhooks');
    await page.getByRole('heading', { name: 'No access' }).waitFor();
    expect(await page.getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
    await context.close();
  });
});
