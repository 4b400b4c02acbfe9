import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { alertText, appUrl, newAdminPage, signInThroughUi } from '../support/browser-admin';
import { seed } from '../support/seed';

describe('signing in to and out of the admin app', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('should show field errors, the wrong-password alert, a network error and then the throttle message when sign-in is refused', async () => {
    const tenant = await seed.partner();
    // Its own account, so that its failures block nobody else's sign-in.
    const operator = await tenant.operator('SUPPORT');
    const { context, page } = await newAdminPage(browser);
    await page.goto(appUrl('/customers'));

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your email address.').waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

    await page.route('**/auth/sign-in', (route) => route.abort('internetdisconnected'));
    await page.getByLabel('Email').fill(operator.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await alertText(page)).toContain('Could not reach the server.');
    await page.unroute('**/auth/sign-in');

    const attempt = async () => {
      const answered = page.waitForResponse((response) => response.url().endsWith('/auth/sign-in'));
      await page.getByRole('button', { name: 'Sign in' }).click();
      const response = await answered;
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      return { status: response.status(), alert: await alertText(page) };
    };

    // Four wrong passwords are refused as such; the fifth blocks the account for 15 minutes.
    for (let i = 0; i < 4; i += 1) {
      await expect(attempt()).resolves.toEqual({ status: 401, alert: 'Email or password is incorrect.' });
    }
    await expect(attempt()).resolves.toEqual({
      status: 429,
      alert: 'Too many attempts, try again in 15 minutes.',
    });

    // Even the right password is refused while blocked.
    await page.getByLabel('Password').fill(operator.password);
    await expect(attempt()).resolves.toEqual({ status: 429, alert: 'Too many attempts, try again in 15 minutes.' });
    expect(page.url()).toBe(appUrl('/sign-in'));
    await context.close();
  });

  it('should stay signed in across a reload, renew an expired token on a 401 and sign out from the account menu', async () => {
    const tenant = await seed.partner();
    const { context, page } = await newAdminPage(browser);
    await signInThroughUi(page, tenant.owner.email, tenant.owner.password, '/customers');

    // A reload asks /auth/refresh (the httpOnly cookie) instead of showing sign-in.
    const refreshed = page.waitForResponse((response) => response.url().endsWith('/auth/refresh'));
    await page.reload();
    expect((await refreshed).status()).toBe(200);
    await page.getByTestId('viewer-name').waitFor();
    expect(page.url()).toBe(appUrl('/customers'));
    // The access token is kept in memory only.
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    expect(stored).not.toMatch(/eyJ/);

    // The API refuses the token once: the app renews it and retries, and the page loads.
    let refused = false;
    await page.route('**/graphql', async (route) => {
      if (refused) return route.continue();
      refused = true;
      await route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
      });
    });
    const renewed = page.waitForResponse((response) => response.url().endsWith('/auth/refresh'));
    await page.getByRole('link', { name: 'Operators' }).click();
    expect((await renewed).status()).toBe(200);
    await page.getByRole('table', { name: 'Operators' }).getByTestId('operator-row').first().waitFor();
    expect(refused).toBe(true);
    await page.unroute('**/graphql');

    await page.getByRole('button', { name: /^Account:/ }).click();
    const menu = page.getByRole('menu');
    expect(await menu.textContent()).toContain('Owner');
    expect(await menu.textContent()).toContain(tenant.owner.email);
    await menu.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('You have signed out.');

    // The cookie is gone too: a reload stays signed out.
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByTestId('viewer-name').count()).toBe(0);
    await context.close();
  });
});
