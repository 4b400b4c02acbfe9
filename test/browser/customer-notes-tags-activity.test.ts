import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../gql';
import { query } from '../support/api';
import { launchBrowser } from '../support/browser';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

// Each test drives a browser through several screens against the real stack: more than the default minute.
jest.setTimeout(120_000);

const NOTES_AND_TAGS = graphql(`
  query NotesTagsBrowserRead($id: ID!) {
    customer(id: $id) {
      tags
      notes {
        nodes {
          body
        }
      }
    }
  }
`);

const TAG = graphql(`
  mutation NotesTagsBrowserTag($input: CustomerTagsAddInput!) {
    customerTagsAdd(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const UNTAG = graphql(`
  mutation NotesTagsBrowserUntag($input: CustomerTagsRemoveInput!) {
    customerTagsRemove(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const WRITE = graphql(`
  mutation NotesTagsBrowserNote($input: CustomerNoteCreateInput!) {
    customerNoteCreate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const ACTIVITY_COUNT = graphql(`
  query NotesTagsBrowserActivityCount($id: ID!) {
    customer(id: $id) {
      activity(first: 1) {
        totalCount
      }
    }
  }
`);

function section(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Customer sections' }).getByRole('link', { name });
}

/** How far the page reaches sideways: the window must not scroll horizontally. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('notes, tags and activity on the customer page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should add a note, edit it and delete it, counting characters against the limit', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Papa Pies ${tag}` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/overview`);
    await section(page, 'Notes').click();
    await page.getByText('No notes yet.').waitFor();
    expect(page.url()).toBe(appUrl(`/customers/${customer.id}/notes`));

    const add = page.getByRole('form', { name: 'New note' });
    // An empty note is refused before it is sent; one over the limit too, with the counter in red.
    await add.getByRole('button', { name: 'Add note' }).click();
    await add.getByText('Write the note first.').waitFor();
    await add.getByLabel('New note').fill('x'.repeat(10_001));
    expect(await add.getByTestId('character-counter').textContent()).toBe('10,001 / 10,000');
    await add.getByRole('button', { name: 'Add note' }).click();
    await add.getByText('Keep the note to 10,000 characters.').waitFor();

    await add.getByLabel('New note').fill(`Prefers calls after 5 pm\nAsk for ${tag}`);
    await add.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('The note is added.').waitFor();
    const note = page.getByTestId('note');
    await note.filter({ hasText: 'Prefers calls after 5 pm' }).waitFor();
    expect(await add.getByLabel('New note').inputValue()).toBe('');

    await note.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit note' });
    await edit.getByLabel('Edit note').fill(`Prefers calls after 6 pm\nAsk for ${tag}`);
    await edit.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('The note is saved.').waitFor();
    await note.filter({ hasText: 'Prefers calls after 6 pm' }).waitFor();
    expect(await note.textContent()).toContain('edited');

    await note.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this note?' });
    await confirm.getByRole('button', { name: 'Delete note' }).click();
    await page.getByText('The note is deleted.').waitFor();
    await page.getByText('No notes yet.').waitFor();
    expect((await query(tenant.owner.token, NOTES_AND_TAGS, { id: customer.id })).customer?.notes.nodes).toEqual([]);
    await context.close();
  });

  it('should not offer to edit or delete a note another operator wrote', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const colleague = await tenant.operator('ADMIN');
    await query(colleague.token, WRITE, { input: { customerId: customer.id, body: 'Written by a colleague' } });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/notes`);
    const note = page.getByTestId('note').filter({ hasText: 'Written by a colleague' });
    await note.waitFor();
    expect(await note.getByRole('button').count()).toBe(0);
    await context.close();
  });

  it('should add several tags at once, from the partner’s tags too, and remove one', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Quebec Quilts ${tag}` });
    const other = await tenant.customer();
    // Another customer's tag is offered, with how many carry it.
    await query(tenant.owner.token, TAG, { input: { customerIds: [other.id], tags: [`wholesale-${tag}`] } });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/tags`);
    await page.getByText('No tags yet.').waitFor();

    const form = page.getByRole('form', { name: 'Add tags' });
    await form.getByLabel('Add tags').fill(`vip-${tag}, north-${tag}, VIP-${tag}`);
    await form.getByRole('button', { name: `Add wholesale-${tag}, on 1 customers` }).click();
    expect(await form.getByLabel('Add tags').inputValue()).toBe(`vip-${tag}, north-${tag}, wholesale-${tag}`);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText(`Tagged “vip-${tag}”, “north-${tag}”, “wholesale-${tag}”.`).waitFor();
    const tags = page.getByRole('list', { name: 'Tags' }).getByTestId('tag');
    await tags.filter({ hasText: `wholesale-${tag}` }).waitFor();
    expect(await tags.allTextContents()).toEqual([`north-${tag}`, `vip-${tag}`, `wholesale-${tag}`]);

    await page.getByRole('checkbox', { name: `north-${tag}` }).check();
    await page.getByRole('button', { name: 'Remove selected (1)' }).click();
    await page.getByText(`Removed “north-${tag}”.`).waitFor();
    await tags.filter({ hasText: `north-${tag}` }).waitFor({ state: 'detached' });
    const read = await query(tenant.owner.token, NOTES_AND_TAGS, { id: customer.id });
    expect(read.customer?.tags).toEqual([`vip-${tag}`, `wholesale-${tag}`]);
    await context.close();
  });

  it('should show on the Activity tab who changed what, before and after, a page at a time', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Romeo Rugs ${tag}`, email: `before-${tag}@rugs.test` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/overview`);

    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Edit details' });
    await form.getByLabel('Email').fill(`after-${tag}@rugs.test`);
    await form.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('The details are saved.').waitFor();

    await section(page, 'Activity').click();
    expect(page.url()).toBe(appUrl(`/customers/${customer.id}/activity`));
    const entries = page.getByRole('list', { name: 'Activity' }).getByTestId('activity-entry');
    const update = entries.filter({ hasText: 'Changed the details' });
    await update.waitFor();
    const text = (await update.textContent()) ?? '';
    expect(text).toContain(`before-${tag}@rugs.test`);
    expect(text).toContain(`after-${tag}@rugs.test`);
    expect(text).toContain('→');
    // Newest first: the update above the creation.
    expect(await entries.first().textContent()).toContain('Changed the details');
    await entries.filter({ hasText: 'Created the customer' }).waitFor();

    // More records than one page (25) holds: "Load more" brings the rest, after the last one shown.
    for (let i = 0; i < 13; i++) {
      await query(tenant.owner.token, TAG, { input: { customerIds: [customer.id], tags: [`t${i}-${tag}`] } });
    }
    for (let i = 0; i < 13; i++) {
      await query(tenant.owner.token, UNTAG, { input: { customerIds: [customer.id], tags: [`t${i}-${tag}`] } });
    }
    const total = (await query(tenant.owner.token, ACTIVITY_COUNT, { id: customer.id })).customer!.activity.totalCount;
    expect(total).toBeGreaterThan(25);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByText(`25 of ${total} records`).waitFor();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText(`${total} of ${total} records`).waitFor();
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    expect(await entries.last().textContent()).toContain('Created the customer');
    await context.close();
  });

  it('should hold the customer page, its actions and tabs at 390 px wide without sideways scrolling', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({
      name: `Sierra Sailmakers and Riggers ${tag}`,
      email: `the-accounts-department-${tag}@sierra-sailmakers.test`,
    });
    await query(tenant.owner.token, TAG, {
      input: { customerIds: [customer.id], tags: [`a-rather-long-tag-name-${tag}`, `short-${tag}`] },
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/overview`);
    await page.getByRole('heading', { level: 1, name: `Sierra Sailmakers and Riggers ${tag}` }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);

    // The actions menu and its dialog fit too.
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Cancel account…' }).click();
    const cancel = page.getByRole('dialog', { name: `Cancel Sierra Sailmakers and Riggers ${tag}?` });
    await cancel.getByLabel('On a date').check();
    await cancel.getByLabel('Cancellation date').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    const box = await cancel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.keyboard.press('Escape');

    for (const [name, ready] of [
      ['Members', 'No one is on this account yet.'],
      ['Notes', 'No notes yet.'],
      ['Tags', `short-${tag}`],
      ['Activity', 'Created the customer'],
    ] as const) {
      await section(page, name).click();
      await page.getByText(ready).first().waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'customer-activity-390.png'), fullPage: true });
    await context.close();
  });
});
