import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  BASE_URL,
  expectNotification,
  openBrowser,
  screenshot,
  signIn,
  signInAs,
  signOut,
  uniqueEmail,
  userRow,
} from './support.js';

const strategist = { email: uniqueEmail('stella'), name: 'Stella Strategist', password: 'stella-initial-pass-1' };
const colleague = { email: uniqueEmail('oscar'), name: 'Oscar Outreach', password: 'oscar-initial-pass-1' };
const colleagueNewPassword = 'oscar-changed-pass-22';

async function openUsers(page) {
  await page.goto(`${BASE_URL}/settings/users`);
  await page.getByRole('button', { name: 'Add user' }).waitFor();
  await page.getByRole('table').waitFor();
}

async function addUser(page, { email, name, password }, role) {
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
  await dialog.getByRole('textbox', { name: 'Display name' }).fill(name);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: role }).click();
  await dialog.getByLabel('Initial password').fill(password);
  return dialog;
}

async function search(page, text) {
  await page.getByRole('textbox', { name: 'Search users' }).fill(text);
  await page.waitForURL((url) => url.searchParams.get('q') === text);
}

describe('administering users', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
    await signInAs(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  after(async () => {
    await browser?.close();
  });

  test('the admin sees the users table', async () => {
    await openUsers(page);
    await userRow(page, ADMIN_EMAIL).waitFor();
    await screenshot(page, '20-users');
  });

  test('the add dialog shows field errors before anything is sent', async () => {
    const dialog = await addUser(page, { email: 'not-an-email', name: 'Someone', password: 'short' }, 'Strategist');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await dialog.getByText('Enter a valid email address').waitFor();
    await dialog.getByText(/Use at least 12 characters/).waitFor();
    await screenshot(page, '21-add-user-invalid');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('the admin creates a strategist', async () => {
    const dialog = await addUser(page, strategist, 'Strategist');
    await screenshot(page, '22-add-user-filled');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectNotification(page, 'User added');
    await search(page, strategist.email);
    const row = userRow(page, strategist.email);
    await row.waitFor();
    assert.equal(await row.getByRole('combobox', { name: `Role of ${strategist.email}` }).inputValue(), 'Strategist');
    assert.match(await row.textContent(), /Active/);
    await screenshot(page, '23-users-search');
  });

  test('the same email cannot be added twice', async () => {
    const dialog = await addUser(page, { ...strategist, name: 'Stella Again' }, 'Outreach');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await dialog.getByText(/already/i).waitFor();
    await screenshot(page, '24-add-user-email-taken');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('the admin changes the strategist’s role', async () => {
    const row = userRow(page, strategist.email);
    await row.getByRole('combobox', { name: `Role of ${strategist.email}` }).click();
    await page.getByRole('option', { name: 'Outreach' }).click();
    await expectNotification(page, `${strategist.name} is now Outreach`);
    assert.equal(await row.getByRole('combobox', { name: `Role of ${strategist.email}` }).inputValue(), 'Outreach');
  });

  test('the admin deactivates the user after confirming', async () => {
    const row = userRow(page, strategist.email);
    await row.getByRole('button', { name: `Actions for ${strategist.email}` }).click();
    await screenshot(page, '25-user-actions');
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate user' });
    await confirm.waitFor();
    await screenshot(page, '26-deactivate-confirm');
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await expectNotification(page, 'was deactivated');
    await row.getByText('Deactivated').waitFor();
    await screenshot(page, '27-user-deactivated');
  });

  test('a search that matches nobody shows an empty state', async () => {
    await search(page, 'nobody-is-called-this');
    await page.getByText('No users match “nobody-is-called-this”').waitFor();
    await screenshot(page, '28-users-empty');
    await page.getByRole('status').getByRole('button', { name: 'Clear search' }).click();
    await userRow(page, ADMIN_EMAIL).waitFor();
  });

  test('the admin adds an outreach colleague, resets their password and signs out', async () => {
    const dialog = await addUser(page, colleague, 'Outreach');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectNotification(page, 'User added');

    await search(page, colleague.email);
    await userRow(page, colleague.email).getByRole('button', { name: `Actions for ${colleague.email}` }).click();
    await page.getByRole('menuitem', { name: 'Reset password' }).click();
    const reset = page.getByRole('dialog', { name: 'Reset password' });
    await reset.getByRole('button', { name: 'Generate a password' }).click();
    const generated = await reset.getByLabel('New password').inputValue();
    assert.ok(generated.length >= 12, `generated password "${generated}" is too short`);
    await page.mouse.move(0, 0);
    await screenshot(page, '29-reset-password');
    colleague.password = 'oscar-reset-pass-333';
    await reset.getByLabel('New password').fill(colleague.password);
    await reset.getByRole('button', { name: 'Reset password' }).click();
    await expectNotification(page, 'Password reset');
    await signOut(page);
  });

  test('a deactivated user cannot sign in', async () => {
    await signIn(page, strategist.email, strategist.password);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Couldn't sign you in/);
  });

  test('a colleague who is not an admin has no Users tab', async () => {
    await signInAs(page, colleague.email, colleague.password, colleague.name);
    assert.equal(await page.getByTestId('current-user-role').textContent(), 'Outreach');
    await page.goto(`${BASE_URL}/settings`);
    await page.getByRole('tab', { name: 'Profile' }).waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Users' }).count(), 0);
    await screenshot(page, '30-settings-not-admin');
    await page.goto(`${BASE_URL}/settings/users`);
    await page.getByText("You don't have access").waitFor();
    await screenshot(page, '31-users-forbidden');
  });

  test('the colleague changes their own password and signs in with it', async () => {
    await page.goto(`${BASE_URL}/settings/profile`);
    const form = page.getByRole('form', { name: 'Change password' });
    await form.getByLabel('Current password').fill('not-my-current-password');
    await form.getByLabel('New password', { exact: true }).fill(colleagueNewPassword);
    await form.getByLabel('Confirm new password').fill(colleagueNewPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    const currentError = form.locator('.mantine-PasswordInput-root').first().locator('.mantine-InputWrapper-error');
    await currentError.waitFor();
    assert.match(await currentError.textContent(), /current password/i);
    await screenshot(page, '32-change-password-wrong-current');

    await form.getByLabel('Current password').fill(colleague.password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expectNotification(page, 'Password changed');
    await signOut(page);

    await signIn(page, colleague.email, colleague.password);
    await page.getByRole('alert').waitFor();
    await signInAs(page, colleague.email, colleagueNewPassword, colleague.name);
    assert.deepEqual(browser.problems, []);
  });
});
