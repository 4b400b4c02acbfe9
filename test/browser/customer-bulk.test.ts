import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { newAdminPage, signInThroughUi } from '../support/browser-admin';
import { graphql } from '../gql';
import { query } from '../support/api';
import { seed, type SeededCustomer, type TenantSeed } from '../support/seed';
import { SETTINGS_UPDATE } from '../messaging/operations';
import { SmtpSink } from '../messaging/support/smtp-sink';

const TAGS_ADD = graphql(`
  mutation CustomerBulkTestTagsAdd($input: CustomerTagsAddInput!) {
    customerTagsAdd(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const TAGGED = graphql(`
  query CustomerBulkTestTagged($filter: CustomerFilter) {
    customers(filter: $filter, first: 200) {
      nodes {
        id
        name
      }
    }
  }
`);

function customerRows(page: Page): Locator {
  return page.getByRole('table', { name: 'Customers' }).getByTestId('customer-row');
}

/** Creates customers a few at a time: each waits for billing and messaging to know it. */
async function customers(tenant: TenantSeed, names: string[]): Promise<SeededCustomer[]> {
  const created: SeededCustomer[] = [];
  for (let start = 0; start < names.length; start += 5) {
    created.push(...(await Promise.all(names.slice(start, start + 5).map((name) => tenant.customer({ name })))));
  }
  return created;
}

/** The names of the tenant's customers carrying the tag, as the API finds them. */
async function taggedNames(tenant: TenantSeed, tag: string): Promise<string[]> {
  const answer = await query(tenant.owner.token, TAGGED, { filter: { tags: { anyOf: [tag] } } });
  return answer.customers.nodes.map((node) => node.name).sort();
}

/** Seeding more than a page of customers, and a background run, take a while on a busy machine. */
const slowTest = 240_000;

describe('bulk actions on the customer list', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it(
    'should add a tag to every customer matching a search (less one unticked), show the preview numbers and the outcome, and undo it',
    async () => {
      const tenant = await seed.partner();
      const run = randomUUID().slice(0, 6);
      const tag = `bulk-${run}`;
      // More than a page (50) match the search, so "all matching" covers customers never loaded.
      const bulkNames = Array.from({ length: 53 }, (_, index) => `Bulk ${String(index).padStart(2, '0')} ${run}`);
      const otherNames = Array.from({ length: 3 }, (_, index) => `Other ${index} ${run}`);
      const created = await customers(tenant, [...bulkNames, ...otherNames]);
      // Three already carry the tag: the preview and the run skip them.
      const preTagged = created.slice(0, 3);
      const added = await query(tenant.owner.token, TAGS_ADD, {
        input: { customerIds: preTagged.map((customer) => customer.id), tags: [tag] },
      });
      expect(added.customerTagsAdd.userErrors).toEqual([]);

      const { context, page } = await newAdminPage(browser);
      await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers?sort=name');
      await page.getByRole('searchbox', { name: 'Search customers' }).fill(`bulk ${run}`);
      // The first search of a new tenant can be slow while the machine is busy.
      await page.getByTestId('customer-total').filter({ hasText: '53 customers' }).waitFor({ timeout: 90_000 });
      await page.getByText('Showing 50 of 53').waitFor();

      // Every loaded row, then every customer matching the search, less one unticked.
      await page.getByRole('checkbox', { name: 'Select all loaded customers' }).check();
      await page.getByRole('button', { name: 'Select all 53 customers matching this filter' }).click();
      await page.getByRole('checkbox', { name: `Select Bulk 07 ${run}` }).uncheck();
      await page.getByTestId('selection-summary').filter({ hasText: 'but 1 unticked' }).waitFor();

      // Choose the action, give the tag, and read what it would do before anything changes.
      const bar = page.getByRole('region', { name: 'Selection' });
      await bar.getByLabel('Bulk action').selectOption({ label: 'Add tags' });
      await bar.getByRole('button', { name: 'Apply…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Review' }).click();
      await dialog.getByText('Give at least one tag.').waitFor();
      await dialog.getByLabel('Tags').fill(tag);
      await dialog.getByRole('button', { name: 'Review' }).click();
      await dialog.getByRole('heading', { name: 'Add tags to 52 customers?' }).waitFor();
      const preview = dialog.getByTestId('bulk-preview');
      expect(await preview.textContent()).toContain('49 will change. 3 will be skipped:');
      expect(await preview.textContent()).toContain('already tagged: 3');
      expect(await taggedNames(tenant, tag)).toEqual(preTagged.map((customer) => customer.name).sort());

      // Confirm: the panel follows the run to its end.
      await dialog.getByRole('button', { name: 'Add tags (49)' }).click();
      const panel = page.getByTestId('bulk-operation');
      await panel.getByText('Add tags: Done.').waitFor({ timeout: 60_000 });
      expect(await panel.getByTestId('bulk-operation-counts').textContent()).toBe(
        '52 of 52 processed (100%): 49 changed, 3 skipped.',
      );
      expect(await panel.getByTestId('bulk-operation-skips').textContent()).toBe('Skipped, already tagged: 3');
      expect(await page.getByTestId('selection-summary').count()).toBe(0);

      // Exactly the customers matching the search, less the unticked one, carry the tag.
      const expected = bulkNames.filter((name) => name !== `Bulk 07 ${run}`).sort();
      expect(await taggedNames(tenant, tag)).toEqual(expected);

      // Undo puts the previous tags back: the three tagged before keep theirs.
      await panel.getByRole('button', { name: 'Undo' }).click();
      const undo = page.getByTestId('bulk-operation');
      await undo.getByText('Undo of add tags: Done.').waitFor({ timeout: 60_000 });
      expect(await undo.getByTestId('bulk-operation-counts').textContent()).toContain('49 changed');
      expect(await undo.getByRole('button', { name: 'Undo' }).count()).toBe(0);
      expect(await taggedNames(tenant, tag)).toEqual(preTagged.map((customer) => customer.name).sort());
      expect(await customerRows(page).count()).toBeGreaterThan(0);
      await context.close();
    },
    slowTest,
  );
  it(
    'should email the customers matching a search through messaging, show the preview numbers, skip the one without an address and offer no undo',
    async () => {
      const sink = await SmtpSink.start();
      try {
        const tenant = await seed.partner();
        await query(tenant.owner.token, SETTINGS_UPDATE, { input: { smtpUrl: sink.url } });
        const run = randomUUID().slice(0, 6);
        const address = (n: number) => `c${n}-${run}@customer.test`;
        await Promise.all([
          tenant.customer({ name: `Mail One ${run}`, email: address(1) }),
          tenant.customer({ name: `Mail Two ${run}`, email: address(2) }),
          tenant.customer({ name: `Mail None ${run}` }),
          tenant.customer({ name: `Kept Out ${run}`, email: address(3) }),
        ]);
        const { context, page } = await newAdminPage(browser);
        await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers?sort=name');
        await page.getByRole('searchbox', { name: 'Search customers' }).fill(`mail ${run}`);
        await page.getByTestId('customer-total').filter({ hasText: '3 customers' }).waitFor({ timeout: 90_000 });
        await page.getByRole('checkbox', { name: 'Select all loaded customers' }).check();

        const bar = page.getByRole('region', { name: 'Selection' });
        await bar.getByLabel('Bulk action').selectOption({ label: 'Send email' });
        await bar.getByRole('button', { name: 'Apply…' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Review' }).click();
        await dialog.getByText('Give the email a subject.').waitFor();
        await dialog.getByLabel('Subject').fill('News for {{customer.accountNumber}}');
        await dialog.getByLabel('Message').fill('Hello {{customer.name}}');
        await dialog.getByRole('button', { name: 'Review' }).click();
        await dialog.getByRole('heading', { name: 'Email 3 customers?' }).waitFor();
        const preview = dialog.getByTestId('bulk-preview');
        expect(await preview.textContent()).toContain('2 will get a message. 1 will be skipped:');
        expect(await preview.textContent()).toContain('no email address: 1');
        // Nothing is sent before the confirmation.
        expect(sink.mails.filter((mail) => mail.to[0]?.endsWith(`-${run}@customer.test`))).toEqual([]);

        await dialog.getByRole('button', { name: 'Send email (2)' }).click();
        const panel = page.getByTestId('bulk-operation');
        await panel.getByText('Send email: Done.').waitFor({ timeout: 60_000 });
        expect(await panel.getByTestId('bulk-operation-counts').textContent()).toBe(
          '3 of 3 processed (100%): 2 messages queued, 1 skipped.',
        );
        expect(await panel.getByTestId('bulk-operation-skips').textContent()).toBe('Skipped, no email address: 1');
        expect(await panel.getByRole('button', { name: 'Undo' }).count()).toBe(0);
        await panel.getByRole('link', { name: 'Follow the delivery of these messages' }).waitFor();

        const mails = await sink.mailTo(address(2));
        expect(mails[0]?.raw).toContain(`Hello Mail Two ${run}`);
        await sink.mailTo(address(1));
        expect(sink.mailsTo(address(3))).toEqual([]);
        await context.close();
      } finally {
        await sink.stop();
      }
    },
    slowTest,
  );
  it(
    'should export the customers matching a search to CSV with the chosen columns and download it',
    async () => {
      const tenant = await seed.partner();
      const run = randomUUID().slice(0, 6);
      await customers(tenant, [`Export Apple ${run}`, `Export Banana ${run}`, `Kept Out ${run}`]);
      const { context, page } = await newAdminPage(browser);
      await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers?sort=name');
      await page.getByRole('searchbox', { name: 'Search customers' }).fill(`export ${run}`);
      await page.getByTestId('customer-total').filter({ hasText: '2 customers' }).waitFor();

      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export customers' });
      // The file starts from the columns the list shows; Email is taken off, Country put on.
      expect(await dialog.getByRole('checkbox', { name: 'Email' }).isChecked()).toBe(true);
      expect(await dialog.getByRole('checkbox', { name: 'Country' }).isChecked()).toBe(false);
      await dialog.getByRole('checkbox', { name: 'Email' }).uncheck();
      await dialog.getByRole('checkbox', { name: 'Country' }).check();
      await dialog.getByRole('button', { name: 'Start export' }).click();
      await dialog.getByText('Done: 2 customers written.').waitFor({ timeout: 60_000 });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: /^Download / }).click(),
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const lines = Buffer.concat(chunks).toString('utf8').trim().split(/\r?\n/);
      expect(lines).toHaveLength(3);
      expect(lines[0]).toContain('Country');
      expect(lines[0]).not.toContain('Email');
      expect(lines[1]).toContain(`Export Apple ${run}`);
      expect(lines[2]).toContain(`Export Banana ${run}`);
      expect(lines.join('\n')).not.toContain(`Kept Out ${run}`);
      await context.close();
    },
    slowTest,
  );
  it(
    'should save the list view under a name, restore it by picking it, and delete it after confirmation',
    async () => {
      const tenant = await seed.partner();
      const run = randomUUID().slice(0, 6);
      await customers(tenant, [`Viewed Alpha ${run}`, `Viewed Beta ${run}`, `Elsewhere ${run}`]);
      const { context, page } = await newAdminPage(browser);
      await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers?sort=name&order=desc');
      await page.getByRole('searchbox', { name: 'Search customers' }).fill(`viewed ${run}`);
      await page.getByTestId('customer-total').filter({ hasText: '2 customers' }).waitFor();

      await page.getByRole('button', { name: 'Save view…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Save this view' });
      await dialog.getByLabel('Name').fill(`Viewed ${run}`);
      await dialog.getByLabel('Shared with every operator').check();
      await dialog.getByRole('button', { name: 'Save view' }).click();
      await dialog.waitFor({ state: 'detached' });

      // Elsewhere: the whole list, sorted by date; picking the view brings back its search and sort.
      await page.goto(page.url().split('?')[0] ?? '');
      await page.getByTestId('customer-total').filter({ hasText: '3 customers' }).waitFor();
      await page.getByLabel('Saved view').selectOption({ label: `Viewed ${run} (shared)` });
      await page.getByTestId('customer-total').filter({ hasText: '2 customers' }).waitFor();
      const url = new URL(page.url());
      expect(url.searchParams.get('q')).toBe(`viewed ${run}`);
      expect(url.searchParams.get('sort')).toBe('name');
      expect(url.searchParams.get('order')).toBe('desc');
      expect(
        await customerRows(page).evaluateAll((rows) =>
          rows.map((row) => row.querySelector('a.row-link')?.textContent?.trim()),
        ),
      ).toEqual([`Viewed Beta ${run}`, `Viewed Alpha ${run}`]);

      // Deleting asks first; then the view is gone from the menu.
      await page.getByRole('button', { name: 'Delete view' }).click();
      const confirm = page.getByRole('alertdialog');
      await confirm.getByRole('button', { name: 'Delete view' }).click();
      await confirm.waitFor({ state: 'detached' });
      expect(await page.getByLabel('Saved view').locator('option').allTextContents()).toEqual(['Choose a view…']);
      await context.close();
    },
    slowTest,
  );
});
