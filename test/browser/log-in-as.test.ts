import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { graphql } from '../gql';
import { eventually, execute } from '../support/api';
import { launchBrowser } from '../support/browser';
import { appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

const PORTAL_EXPIRES_AT = graphql(`
  query LogInAsPortalExpiresAt {
    portalViewer {
      expiresAt
    }
  }
`);

describe('logging in as a customer', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should open the customer’s portal in a new tab, naming the operator, until the operator ends the session', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ name: 'Charlie Cafe', currency: 'EUR' });
    await tenant.ledgerEntry(customer.id, 2_500);
    await tenant.member(customer.id, { email: `pat-${customer.id.slice(0, 8)}@customer.test`, role: 'OWNER' });
    const support = await tenant.operator('SUPPORT');
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, support.email, support.password, '/customers');

    const row = page
      .getByRole('table', { name: 'Customers' })
      .getByTestId('customer-row')
      .filter({ hasText: 'Charlie Cafe' });
    await row.getByRole('button', { name: 'Log in as Charlie Cafe…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log in as Charlie Cafe' });
    expect(await dialog.textContent()).toContain('Re-enter your password to log in as Charlie Cafe');

    await dialog.getByLabel('Your password').fill('not my password');
    await dialog.getByRole('button', { name: 'Log in as Charlie Cafe' }).click();
    await dialog.getByText('That is not your password.').waitFor();
    expect(await dialog.getByLabel('Your password').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(__dirname, '..', '.artifacts', 'log-in-as-wrong-password.png') });
    expect(context.pages()).toHaveLength(1);

    await dialog.getByLabel('Your password').fill(support.password);
    const opened = context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Log in as Charlie Cafe' }).click();
    const portal = await opened;
    await dialog.getByText('The portal of Charlie Cafe opened in a new tab.').waitFor();

    const banner = portal.getByTestId('portal-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(
      /^You are logged in as Charlie Cafe — operator SUPPORT operator — session ends at \d{2}:\d{2}/,
    );
    // The token was taken off the URL (and so out of history and bookmarks).
    expect(portal.url()).toBe(appUrl('/portal'));
    await portal.getByRole('heading', { name: 'Charlie Cafe' }).waitFor();
    expect(await portal.getByTestId('portal-balance').textContent()).toBe('€25.00');
    await portal.screenshot({ path: join(__dirname, '..', '.artifacts', 'portal.png') });
    expect(await portal.getByRole('table', { name: 'People on the account' }).textContent()).toContain('pat-');

    // A reload of the tab keeps the session; the token lives in this tab's sessionStorage only.
    await portal.reload();
    await banner.waitFor();
    const stored = await portal.evaluate(() => sessionStorage.getItem('clientele.portal'));
    const token = (JSON.parse(stored ?? '{}') as { session?: { accessToken?: string } }).session?.accessToken;
    expect(token).toEqual(expect.any(String));
    expect(await page.evaluate(() => sessionStorage.getItem('clientele.portal'))).toBeNull();

    const signedOut = portal.waitForResponse((response) => response.url().endsWith('/auth/sign-out'));
    await portal.getByRole('button', { name: 'End session' }).click();
    const signOut = await signedOut;
    expect(signOut.status()).toBe(204);
    // Only the bearer token goes: the operator's own session cookie must not come along.
    expect(await signOut.request().headerValue('cookie')).toBeNull();
    await portal.getByRole('heading', { name: 'Session ended' }).waitFor();
    await portal.reload();
    await portal.getByRole('heading', { name: 'Session ended' }).waitFor();

    // Ending the customer's session left the operator's own alone.
    await page.reload();
    await page.getByTestId('viewer-name').waitFor();

    // And the server no longer takes the token (services cache a session's liveness for a few seconds).
    await eventually(async () => {
      const after = await execute(token!, PORTAL_EXPIRES_AT);
      return after.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' ? true : null;
    }, 'the ended portal session to be refused');
    await context.close();
  });

  it('should show the log-in-as tab as ended once the session’s time is up', async () => {
    const tenant = await seed.partner();
    await tenant.customer({ name: 'Foxtrot Foods' });
    const { context, page } = await newAdminPage(browser);
    // The portal tab's clock is moved forward below; it starts as the real one.
    await context.clock.install();
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers');
    await page.getByRole('button', { name: 'Log in as Foxtrot Foods…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log in as Foxtrot Foods' });
    await dialog.getByLabel('Your password').fill(tenant.owner.password);
    const opened = context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Log in as Foxtrot Foods' }).click();
    const portal = await opened;
    await portal.getByTestId('portal-banner').waitFor();

    await portal.clock.fastForward('30:05');
    await portal.getByRole('heading', { name: 'Session ended' }).waitFor();
    expect(await portal.getByRole('status').textContent()).toContain('The log-in-as session is over');
    await context.close();
  });
});
