import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { graphql } from '../gql';
import { query } from '../support/api';
import { launchBrowser } from '../support/browser';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

// Each test drives a browser through several screens against the real stack: more than the default minute.
jest.setTimeout(120_000);

const STATUS = graphql(`
  query LifecycleBrowserStatus($id: ID!) {
    customer(id: $id) {
      name
      email
      erasedAt
      status
      accountNumber
      scheduledCancellation {
        effectiveAt
      }
      statusChanges {
        transition
        reason
      }
    }
  }
`);

/** Opens the header's actions menu and picks one. */
async function chooseAction(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: label }).click();
}

function statusBadge(page: Page) {
  return page.locator('.customer-header .badge');
}

/** A date some weeks ahead, as a date input takes it. */
function inWeeks(weeks: number): string {
  const date = new Date(Date.now() + weeks * 7 * 86_400_000);
  return date.toISOString().slice(0, 10);
}

describe('changing a customer’s status from its page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should suspend with a confirmation and a reason, and re-enable, offering only what the status allows', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Kilo Kites ${tag}` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/overview`);
    await page.getByRole('heading', { level: 1, name: `Kilo Kites ${tag}` }).waitFor();

    // An active customer can be suspended, not re-enabled.
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Suspend…' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Re-enable…' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Restore…' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // Cancelling the confirmation changes nothing.
    await chooseAction(page, 'Suspend…');
    const suspend = page.getByRole('dialog', { name: `Suspend Kilo Kites ${tag}?` });
    await suspend.getByLabel('Reason').waitFor();
    await page.keyboard.press('Escape');
    await suspend.waitFor({ state: 'detached' });
    // The focus returns to the menu's button, for the keyboard.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Actions');
    expect((await query(tenant.owner.token, STATUS, { id: customer.id })).customer?.status).toBe('ACTIVE');

    // By keyboard: the reason field has the focus, the counter follows, Enter on the button confirms.
    await chooseAction(page, 'Suspend…');
    await page.keyboard.type('Unpaid invoice');
    expect(await suspend.getByTestId('character-counter').textContent()).toBe('14 / 500');
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await page.getByText(`Kilo Kites ${tag} is suspended.`).waitFor();
    await statusBadge(page).filter({ hasText: 'Suspended' }).waitFor();

    await chooseAction(page, 'Re-enable…');
    const reenable = page.getByRole('dialog', { name: `Re-enable Kilo Kites ${tag}?` });
    await reenable.getByRole('button', { name: 'Re-enable' }).click();
    await page.getByText(`Kilo Kites ${tag} is re-enabled.`).waitFor();
    await statusBadge(page).filter({ hasText: 'Active' }).waitFor();

    const read = await query(tenant.owner.token, STATUS, { id: customer.id });
    expect(read.customer?.status).toBe('ACTIVE');
    expect(read.customer?.statusChanges.map(({ transition, reason }) => ({ transition, reason }))).toEqual([
      { transition: 'REENABLE', reason: null },
      { transition: 'SUSPEND', reason: 'Unpaid invoice' },
    ]);
    await context.close();
  });

  it('should cancel on a chosen date, show the cancellation on the page and withdraw it', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Lima Lamps ${tag}` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/overview`);

    await chooseAction(page, 'Cancel account…');
    const cancel = page.getByRole('dialog', { name: `Cancel Lima Lamps ${tag}?` });
    await cancel.getByLabel('On a date').check();
    // The date is required for a cancellation on a date; nothing is sent without it.
    await cancel.getByRole('button', { name: 'Cancel account' }).click();
    await cancel.getByText('Choose the date the cancellation takes effect.').waitFor();
    const date = inWeeks(3);
    await cancel.getByLabel('Cancellation date').fill(date);
    await cancel.getByLabel('Reason').fill('Moving to a competitor');
    await cancel.getByRole('button', { name: 'Cancel account' }).click();
    await page.getByText(`Lima Lamps ${tag} is cancelled.`).waitFor();

    // Still active until then, with the cancellation on the page.
    const banner = page.getByTestId('scheduled-cancellation');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Moving to a competitor');
    await statusBadge(page).filter({ hasText: 'Active' }).waitFor();
    const scheduled = await query(tenant.owner.token, STATUS, { id: customer.id });
    // The start of that day in the customer's time zone: within a day of it in UTC.
    const effectiveAt = Date.parse(scheduled.customer?.scheduledCancellation?.effectiveAt ?? '');
    expect(Math.abs(effectiveAt - Date.parse(`${date}T00:00:00Z`))).toBeLessThan(86_400_000);
    // A second cancellation is not offered while one waits.
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Withdraw cancellation…' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Cancel account…' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await banner.getByRole('button', { name: 'Withdraw cancellation' }).click();
    const withdraw = page.getByRole('dialog', { name: `Withdraw the cancellation of Lima Lamps ${tag}?` });
    await withdraw.getByRole('button', { name: 'Withdraw cancellation' }).click();
    await page.getByText(`The cancellation of Lima Lamps ${tag} is withdrawn.`).waitFor();
    await banner.waitFor({ state: 'detached' });
    const withdrawn = await query(tenant.owner.token, STATUS, { id: customer.id });
    expect(withdrawn.customer?.scheduledCancellation).toBeNull();
    expect(withdrawn.customer?.status).toBe('ACTIVE');
    await context.close();
  });

  it('should refuse to close with the balance shown, close once the credits are withdrawn, and restore', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Mike Mills ${tag}`, currency: 'EUR' });
    await tenant.ledgerEntry(customer.id, 1_250);
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/overview`);

    await chooseAction(page, 'Close…');
    const close = page.getByRole('dialog', { name: `Close Mike Mills ${tag}?` });
    await close.getByRole('button', { name: 'Close', exact: true }).click();
    const blockers = close.getByTestId('close-blockers');
    await blockers.waitFor();
    expect(await blockers.textContent()).toContain('€12.50');
    expect(await close.getByRole('alert').textContent()).toContain('the balance is 12.50 EUR');
    // Refused: the dialog stays, the customer stays open.
    await close.getByRole('button', { name: 'Cancel' }).click();
    await statusBadge(page).filter({ hasText: 'Active' }).waitFor();

    // Take the credits off on the Credits tab, then close.
    await page.getByRole('navigation', { name: 'Customer sections' }).getByRole('link', { name: 'Credits' }).click();
    await page.getByRole('button', { name: 'Withdraw…' }).click();
    const withdraw = page.getByRole('dialog', { name: `Withdraw credits — Mike Mills ${tag}` });
    await withdraw.getByLabel('Amount (EUR)').fill('12.50');
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await withdraw.waitFor({ state: 'detached' });
    await page.getByTestId('customer-header-balance').filter({ hasText: '€0.00' }).waitFor();

    await chooseAction(page, 'Close…');
    await close.getByLabel('Reason').fill('Asked to leave');
    await close.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByText(`Mike Mills ${tag} is closed.`).waitFor();
    await statusBadge(page).filter({ hasText: 'Closed' }).waitFor();
    await page.getByTestId('closed-note').waitFor();

    // Hidden from the list by default; found again by asking for closed customers.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Customers' }).click();
    await page.getByText('No customers yet.').waitFor();
    await page.getByLabel('Status').selectOption('CLOSED');
    const rows = page.getByRole('table', { name: 'Customers' }).getByTestId('customer-row');
    await rows.getByRole('link', { name: `Mike Mills ${tag}` }).click();
    await page.getByRole('heading', { level: 1, name: `Mike Mills ${tag}` }).waitFor();
    expect(page.url()).toBe(appUrl(`/customers/${customer.id}/overview`));

    await chooseAction(page, 'Restore…');
    await page
      .getByRole('dialog', { name: `Restore Mike Mills ${tag}?` })
      .getByRole('button', { name: 'Restore' })
      .click();
    await page.getByText(`Mike Mills ${tag} is restored.`).waitFor();
    await statusBadge(page).filter({ hasText: 'Active' }).waitFor();
    expect((await query(tenant.owner.token, STATUS, { id: customer.id })).customer?.status).toBe('ACTIVE');
    await context.close();
  });

  it('should change the account number, and swap it with the customer holding it when asked', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `November Nets ${tag}`, accountNumber: `NN-${tag}` });
    const holder = await tenant.customer({ name: `Oscar Oars ${tag}`, accountNumber: `OO-${tag}` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/overview`);

    await chooseAction(page, 'Change account number…');
    const dialog = page.getByRole('dialog', { name: `Change the account number of November Nets ${tag}` });
    const field = dialog.getByLabel('New account number');
    await field.fill('not a number!');
    await dialog.getByRole('button', { name: 'Change number' }).click();
    await dialog.getByText('Use at most 32 letters, digits, dots, dashes and underscores.').waitFor();

    // Taken: refused on the field, and only then is a swap offered.
    expect(await dialog.getByLabel('Swap the two numbers').count()).toBe(0);
    await field.fill(`OO-${tag}`);
    await dialog.getByRole('button', { name: 'Change number' }).click();
    await dialog.getByText('Another customer already has this account number.', { exact: false }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Swap the two numbers').check();
    await dialog.getByRole('button', { name: 'Swap numbers' }).click();
    await page.getByText(`The account number is now OO-${tag}; Oscar Oars ${tag} has NN-${tag}.`).waitFor();
    await page
      .getByTestId('customer-account-number')
      .filter({ hasText: `OO-${tag}` })
      .waitFor();

    const [mine, theirs] = await Promise.all([
      query(tenant.owner.token, STATUS, { id: customer.id }),
      query(tenant.owner.token, STATUS, { id: holder.id }),
    ]);
    expect(mine.customer?.accountNumber).toBe(`OO-${tag}`);
    expect(theirs.customer?.accountNumber).toBe(`NN-${tag}`);
    await context.close();
  });

  it('should deactivate, close a customer with nothing on it and erase it only with the operator’s password', async () => {
    const tenant = await seed.partner();
    const tag = randomUUID().slice(0, 6);
    const customer = await tenant.customer({ name: `Quebec Quays ${tag}`, email: `quays-${tag}@customer.test` });
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, `/customers/${customer.id}/overview`);

    await chooseAction(page, 'Deactivate…');
    await page
      .getByRole('dialog', { name: `Deactivate Quebec Quays ${tag}?` })
      .getByRole('button', { name: 'Deactivate' })
      .click();
    await page.getByText(`Quebec Quays ${tag} is deactivated.`).waitFor();
    await statusBadge(page).filter({ hasText: 'Inactive' }).waitFor();

    await chooseAction(page, 'Close…');
    await page
      .getByRole('dialog', { name: `Close Quebec Quays ${tag}?` })
      .getByRole('button', { name: 'Close', exact: true })
      .click();
    await page.getByText(`Quebec Quays ${tag} is closed.`).waitFor();

    await chooseAction(page, 'Erase personal data…');
    const erase = page.getByRole('dialog', { name: `Erase the personal data of Quebec Quays ${tag}?` });
    expect(await erase.textContent()).toContain('cannot be undone');
    const password = erase.getByLabel('Your password');
    await password.fill('not my password');
    await erase.getByRole('button', { name: 'Erase for good' }).click();
    await erase.getByText('That is not your password.').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect((await query(tenant.owner.token, STATUS, { id: customer.id })).customer?.erasedAt).toBeNull();

    await password.fill(tenant.owner.password);
    await erase.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByText('The customer’s personal data is erased.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Erased customer' }).waitFor();
    expect(await page.getByTestId('closed-note').textContent()).toContain('personal data erased');
    // Nothing is left to do: no restore, no second erasure.
    expect(await page.getByRole('button', { name: 'Actions' }).count()).toBe(0);
    const read = await query(tenant.owner.token, STATUS, { id: customer.id });
    expect(read.customer).toMatchObject({ name: 'Erased customer', email: null, status: 'CLOSED' });
    await context.close();
  });
});
