import type { Browser, BrowserContext, Page } from 'playwright-core';
import { testStack } from './env';

/** A fresh browser profile (own cookies and storage) with one page, as an operator would have. */
export async function newAdminPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  return { context, page };
}

export function appUrl(path: string): string {
  return `${testStack().gatewayUrl}${path}`;
}

/** Signs in through the sign-in screen and waits for the app shell. */
export async function signInThroughUi(page: Page, email: string, password: string, path = '/'): Promise<void> {
  await page.goto(appUrl(path));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('viewer-name').waitFor();
}

/** The one visible role="alert" element's text, once it has some. */
export async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.filter({ hasText: /\S/ }).waitFor();
  return (await alert.textContent()) ?? '';
}
