// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core against a running Reachgraph.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'admin@reachgraph.test';
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password-123';
export const SCREENSHOT_DIR = resolve(process.env.E2E_SCREENSHOT_DIR ?? '../backend/target/e2e-screenshots');
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Element waits; generous for a 2-core CI machine. */
export const TIMEOUT = 15_000;

/** A fresh browser profile per test file, so no cookie or storage leaks between runs. */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'reachgraph-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(TIMEOUT);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return {
    context,
    page,
    /** Script errors seen so far (failed requests the app handles are not counted). */
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page PNG once the page has settled (no spinners, fonts loaded, animations done). */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.locator('.mantine-Loader-root, .mantine-Skeleton-root[data-visible]').first().waitFor({ state: 'detached', timeout: TIMEOUT }).catch(() => {});
  await page.waitForTimeout(350);
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Grow the window to the page's height instead of a full-page capture: the app shell's fixed sidebar and modal
  // overlays then reach the bottom, as a person sees them.
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
    await page.waitForTimeout(150);
  }
  await page.screenshot({ path });
  if (viewport && height > viewport.height) {
    await page.setViewportSize(viewport);
  }
  return path;
}

/** Saves a PNG of one part of the page (a section, a dialog) once it has settled. */
export async function screenshotOf(locator, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const page = locator.page();
  await page.evaluate(() => document.fonts.ready);
  await page.locator('.mantine-Loader-root, .mantine-Skeleton-root[data-visible]').first().waitFor({ state: 'detached', timeout: TIMEOUT }).catch(() => {});
  await page.waitForTimeout(350);
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await locator.screenshot({ path });
  return path;
}

export async function signIn(page, email, password) {
  await page.goto(`${BASE_URL}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits until the shell's account menu is there (for this display name, when given). */
export async function signInAs(page, email, password, displayName) {
  await signIn(page, email, password);
  const name = displayName ? `Account menu for ${displayName}` : /^Account menu for /;
  await page.getByRole('button', { name }).waitFor();
}

export async function signOut(page) {
  await page.getByRole('button', { name: /^Account menu for / }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

/** An email no earlier run used, so the suite can run again against the same server. */
export function uniqueEmail(prefix) {
  return `${prefix}.${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 4)}@reachgraph.test`;
}

/** The users table row of one email. */
export function userRow(page, email) {
  return page.getByRole('row').filter({ has: page.getByText(email, { exact: true }) });
}

/** Waits for a notification with this text, then closes it so it does not cover the next screenshot. */
export async function expectNotification(page, text) {
  const notification = page.locator('.mantine-Notification-root').filter({ hasText: text });
  await notification.waitFor();
  await notification.getByRole('button').click().catch(() => {});
  await notification.waitFor({ state: 'detached' }).catch(() => {});
}
