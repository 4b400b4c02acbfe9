import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

describe('the operators page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should invite an operator and show a link with which they set a password and sign in', async () => {
    const tenant = await seed.partner({ resellers: 1 });
    const reseller = tenant.resellers[0]!;
    const email = `nina-${randomUUID().slice(0, 8)}@partner.test`;
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/operators');
    const table = page.getByRole('table', { name: 'Operators' });
    await table.getByTestId('operator-row').first().waitFor();

    await page.getByRole('button', { name: 'Invite operator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite operator' });
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await dialog.getByText('Enter their email address.').waitFor();
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('Name', { exact: true }).fill('Nina Invited');
    await dialog.getByLabel('Role').selectOption('BILLING');
    await dialog.getByLabel('Reseller limit').selectOption({ label: reseller.name });
    await dialog.getByRole('button', { name: 'Invite' }).click();

    const shown = page.getByRole('dialog', { name: 'Invitation for Nina Invited' });
    const link = await shown.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(/\/invitation#token=\S+$/);
    expect(await shown.textContent()).toContain('Clientele does not send invitation emails yet');
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'operator-invitation.png') });
    await shown.getByRole('button', { name: 'Done' }).click();

    const invited = table.getByTestId('operator-row').filter({ hasText: email });
    await invited.waitFor();
    expect(await invited.textContent()).toContain('Invited');
    expect(await invited.getByLabel('Role of Nina Invited').inputValue()).toBe('BILLING');
    expect(await invited.getByLabel('Reseller limit of Nina Invited').inputValue()).toBe(reseller.id);

    // The invitee, in a browser of their own. The link's origin is the server's PUBLIC_URL.
    const invitee = await newAdminPage(browser);
    await invitee.page.goto(appUrl(`/invitation${new URL(link).hash}`));
    await invitee.page.getByLabel('New password').fill('too short');
    await invitee.page.getByLabel('Confirm password').fill('too short');
    await invitee.page.getByRole('button', { name: 'Set password' }).click();
    await invitee.page.getByText('Use at least 12 characters.').waitFor();
    const password = `invited-${randomUUID()}`;
    await invitee.page.getByLabel('New password').fill(password);
    await invitee.page.getByLabel('Confirm password').fill(`${password}x`);
    await invitee.page.getByRole('button', { name: 'Set password' }).click();
    await invitee.page.getByText('The passwords do not match.').waitFor();
    await invitee.page.getByLabel('Confirm password').fill(password);
    await invitee.page.getByRole('button', { name: 'Set password' }).click();

    await invitee.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await invitee.page.getByRole('status').textContent()).toBe(`Your password is set. Sign in as ${email}.`);
    expect(await invitee.page.getByLabel('Email').inputValue()).toBe(email);
    await invitee.page.getByLabel('Password').fill(password);
    await invitee.page.getByRole('button', { name: 'Sign in' }).click();
    await invitee.page.getByTestId('viewer-name').filter({ hasText: 'Nina Invited' }).waitFor();
    await invitee.context.close();

    // The invitation works once.
    const again = await newAdminPage(browser);
    await again.page.goto(appUrl(`/invitation${new URL(link).hash}`));
    await again.page.getByLabel('New password').fill(password);
    await again.page.getByLabel('Confirm password').fill(password);
    await again.page.getByRole('button', { name: 'Set password' }).click();
    await again.page.getByRole('alert').filter({ hasText: 'Ask whoever invited you' }).waitFor();
    await again.context.close();
    await context.close();
  });

  it('should deactivate an operator only after a confirmation naming them, and never the viewer', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/operators');
    const table = page.getByRole('table', { name: 'Operators' });
    const own = table.getByTestId('operator-row').filter({ hasText: tenant.owner.email });
    const theirs = table.getByTestId('operator-row').filter({ hasText: support.email });
    await theirs.waitFor();

    const ownButton = own.getByRole('button', { name: 'Deactivate' });
    expect(await ownButton.getAttribute('aria-disabled')).toBe('true');
    await ownButton.hover();
    await page.getByRole('tooltip').filter({ hasText: 'You cannot deactivate yourself' }).first().waitFor();

    await theirs.getByRole('button', { name: 'Deactivate SUPPORT operator' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Deactivate SUPPORT operator?' });
    expect(await confirm.textContent()).toContain(support.email);
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'operator-deactivate.png') });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await theirs.textContent()).toContain('Active');

    await theirs.getByRole('button', { name: 'Deactivate SUPPORT operator' }).click();
    await confirm.getByRole('button', { name: 'Deactivate SUPPORT operator' }).click();
    await page.getByText('SUPPORT operator is deactivated.').waitFor();
    await theirs.waitFor({ state: 'detached' });

    await page.getByLabel('Show deactivated').check();
    await theirs.waitFor();
    expect(await theirs.textContent()).toContain('Deactivated');
    await context.close();
  });
});
