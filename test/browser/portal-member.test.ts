import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { graphql } from '../gql';
import { query } from '../support/api';
import { launchBrowser } from '../support/browser';
import { alertText, appUrl, newAdminPage } from '../support/browser-admin';
import { seed } from '../support/seed';

const MEMBER_INVITATION_CREATE = graphql(`
  mutation BrowserMemberInvitation($input: MemberInvitationCreateInput!) {
    memberInvitationCreate(input: $input) {
      invitation {
        url
      }
      userErrors {
        message
      }
    }
  }
`);

describe('the customer portal for members', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should let an invited member set a password, sign in, update their phone and sign out', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Delta Dental' });
    const member = await tenant.member(customer.id, { role: 'OWNER' });
    const data = await query(tenant.owner.token, MEMBER_INVITATION_CREATE, { input: { memberId: member.id } });
    const link = data.memberInvitationCreate.invitation!.url;
    expect(new URL(link).pathname).toBe('/portal/invitation');

    const { context, page } = await newAdminPage(browser);
    await page.goto(appUrl(`/portal/invitation${new URL(link).hash}`));
    await page.getByText('Customer portal').first().waitFor();
    const password = `member-${randomUUID()}`;
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Set password' }).click();

    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    expect(page.url()).toBe(appUrl('/portal/sign-in'));
    expect(await page.getByLabel('Email').inputValue()).toBe(member.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await alertText(page)).toBe('Email or password is incorrect.');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { name: 'Delta Dental' }).waitFor();
    // A member's own session: no log-in-as banner.
    expect(await page.getByTestId('portal-banner').count()).toBe(0);

    await page.getByLabel('Phone').fill('12345');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Use the international form').waitFor();
    await page.getByLabel('Phone').fill('+441632960961');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Delta Dental' }).waitFor();
    expect(await page.getByLabel('Phone').inputValue()).toBe('+441632960961');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('You have signed out.');
    await context.close();
  });

  it('should tell a member of a suspended customer that the account is unavailable', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Echo Energy' });
    const member = await tenant.member(customer.id, { role: 'OWNER' });
    const data = await query(tenant.owner.token, MEMBER_INVITATION_CREATE, { input: { memberId: member.id } });
    const { context, page } = await newAdminPage(browser);
    await page.goto(appUrl(`/portal/invitation${new URL(data.memberInvitationCreate.invitation!.url).hash}`));
    const password = `member-${randomUUID()}`;
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();

    await tenant.customerStatus(customer.id, 'SUSPENDED');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await alertText(page)).toBe('This account is suspended. Contact your provider to restore access.');
    expect(page.url()).toBe(appUrl('/portal/sign-in'));
    await context.close();
  });
});
