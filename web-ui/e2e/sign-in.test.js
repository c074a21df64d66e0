import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, openBrowser, screenshot, signIn, signOut } from './support.js';

// Sections built so far open their page; those of the next waves say plainly that they are coming.
const SECTIONS = [
  { label: 'Discover', path: '/discover', heading: 'Discover' },
  { label: 'Network', path: '/network', heading: 'Network' },
  { label: 'Shortlists', path: '/shortlists', heading: 'Shortlists' },
  { label: 'Pipeline', path: '/pipeline', heading: 'Pipeline is not available yet', comingSoon: true },
  { label: 'Deals', path: '/deals', heading: 'Deals is not available yet', comingSoon: true },
  { label: 'Inbox', path: '/inbox', heading: 'Inbox is not available yet', comingSoon: true },
];

describe('signing in and finding one’s way', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  test('a signed-out visitor is sent to the sign-in page', async () => {
    await page.goto(`${BASE_URL}/pipeline`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/sign-in$/);
    assert.equal(new URL(page.url()).searchParams.get('redirect'), '/pipeline');
    await screenshot(page, '01-sign-in');
  });

  test('a wrong password is refused with the server’s message', async () => {
    await signIn(page, ADMIN_EMAIL, 'not-the-password-at-all');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /Couldn't sign you in/);
    assert.match(text, /email or password/i);
    await screenshot(page, '02-sign-in-refused');
  });

  test('repeated failures for one email are slowed down, with the wait shown', async () => {
    const email = `nobody.${Date.now().toString(36)}@reachgraph.test`;
    let text = '';
    for (let attempt = 0; attempt < 12 && !/Too many/i.test(text); attempt += 1) {
      await signIn(page, email, `guess-number-${attempt}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      text = await alert.textContent();
    }
    assert.match(text, /Too many/i);
    assert.match(text, /Try again in \d+ (second|minute)/i);
    await screenshot(page, '02b-sign-in-throttled');
  });

  test('the admin signs in and lands on the page they asked for', async () => {
    await page.goto(`${BASE_URL}/pipeline`);
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Pipeline is not available yet' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/pipeline');
    assert.equal(await page.getByTestId('current-user-role').textContent(), 'Admin');
  });

  test('every section of the navigation opens and says what it will do', async () => {
    for (const [index, section] of SECTIONS.entries()) {
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: section.label }).click();
      await page.getByRole('heading', { name: section.heading, exact: true }).first().waitFor();
      assert.match(new URL(page.url()).pathname, new RegExp(`^${section.path}(/|$)`));
      assert.equal(await page.getByText('Coming soon').count(), section.comingSoon ? 1 : 0);
      await screenshot(page, `03${'abcdefgh'[index]}-${section.label.toLowerCase()}`);
    }
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('tab', { name: 'Profile' }).waitFor();
    await page.getByText(ADMIN_EMAIL, { exact: true }).first().waitFor();
    await page.getByTestId('system-version').waitFor();
    await screenshot(page, '08-settings-profile');
  });

  test('the account menu offers to change the password and sign out', async () => {
    await page.getByRole('button', { name: /^Account menu for / }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).waitFor();
    await screenshot(page, '09-account-menu');
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change password' });
    await dialog.waitFor();
    await screenshot(page, '10-change-password-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('an unknown address shows the not-found page', async () => {
    await page.goto(`${BASE_URL}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await screenshot(page, '11-not-found');
  });

  test('signing out returns to the sign-in page and protects the app again', async () => {
    await signOut(page);
    await page.goto(`${BASE_URL}/settings`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.deepEqual(browser.problems, []);
  });

  test('signing in again returns to the page that asked for it', async () => {
    assert.equal(new URL(page.url()).searchParams.get('redirect'), '/settings');
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('tab', { name: 'Profile' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/settings');
  });
});
