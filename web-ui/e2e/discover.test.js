import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, expectNotification, openBrowser, screenshot, signInAs } from './support.js';

/**
 * A small niche (39 profiles, 121 edges, all bluesky): a knitting group and a repair group, each a ring of follows
 * around `maya.makes` (the hub), `craft.bridge` between the two, and `mega.influencer`, followed mostly by sixteen
 * bots nobody follows (so it gets the "hollow followers" flag).
 */
const NICHE = fileURLToPath(new URL('./fixtures/niche.csv', import.meta.url));
const HUB = 'maya.makes';
const BOTTED = 'mega.influencer';

/** Calls the API with the browser's session (cookies and CSRF token), as the app does. */
async function callApi(context, method, path, options = {}) {
  let token = (await context.cookies(BASE_URL)).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  if (!token) {
    await context.request.get(`${BASE_URL}/api/auth/csrf`);
    token = (await context.cookies(BASE_URL)).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  }
  return context.request.fetch(`${BASE_URL}${path}`, {
    method,
    headers: { 'X-XSRF-TOKEN': decodeURIComponent(token ?? ''), Accept: 'application/json' },
    ...options,
  });
}

/** A screenshot with the mouse out of the way, so no tooltip or hover state shows. */
async function shot(page, name) {
  await page.mouse.move(0, 0);
  return screenshot(page, name);
}

async function waitForJob(context, jobId) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const job = await (await callApi(context, 'GET', `/api/jobs/${jobId}`)).json();
    if (['COMPLETED', 'FAILED', 'CANCELLED'].includes(job.status)) {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`job ${jobId} did not finish in time`);
}

function tableRows(page) {
  return page.getByRole('table', { name: 'Ranked profiles' }).locator('tbody tr');
}

/** Does something to the table and waits for the answer to the query it leads to (the table keeps its rows meanwhile). */
async function andSettle(page, action, expectInQuery) {
  const seen = [];
  const listen = (request) => seen.push(request.url());
  page.on('request', listen);
  const answer = page.waitForResponse(
    (response) => /\/api\/rankings\/[^/]+\/profiles\?/.test(response.url()) && response.url().includes(expectInQuery),
  );
  await action();
  await answer.catch((error) => {
    throw new Error(`${error.message}; the page (${page.url()}) asked for: ${seen.join(', ')}`);
  });
  page.off('request', listen);
  await page.getByRole('region', { name: 'Ranked table' }).locator('[aria-busy="true"]').waitFor({ state: 'detached' });
}

async function firstRowLabel(page) {
  return (await tableRows(page).first().locator('a').first().textContent()).trim();
}

describe('discover: rank a niche, browse, explain, map, compare, shortlist', () => {
  const networkName = `Knitting & repair ${Date.now().toString(36).slice(-5)}`;
  const listName = `Spring pitch ${Date.now().toString(36).slice(-4)}`;
  let browser;
  let page;
  let networkId;
  let runUrl;
  let runId;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
    await signInAs(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    const created = await callApi(page.context(), 'POST', '/api/networks', {
      data: { name: networkName, description: 'Two craft groups, a hub, a bridge and a bot-inflated account.' },
    });
    assert.equal(created.status(), 201, await created.text());
    networkId = (await created.json()).id;
    const upload = await callApi(page.context(), 'POST', `/api/networks/${networkId}/imports?format=CSV_EDGES&platform=bluesky`, {
      multipart: { file: { name: 'niche.csv', mimeType: 'text/csv', buffer: readFileSync(NICHE) } },
    });
    assert.equal(upload.status(), 202, await upload.text());
    const job = await waitForJob(page.context(), (await upload.json()).id);
    assert.equal(job.status, 'COMPLETED', job.message);
  });

  after(async () => {
    await browser?.close();
  });

  test('Discover shows the network without rankings and invites to start one', async () => {
    await page.goto(`${BASE_URL}/discover?network=${networkId}`);
    await page.getByRole('heading', { name: 'Discover', level: 2 }).waitFor();
    await page.getByText('No rankings yet').waitFor();
    await shot(page, '60-discover-no-rankings');
  });

  test('the New ranking dialog checks its fields, then starts a personalised ranking', async () => {
    await page.getByRole('button', { name: 'New ranking' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New ranking' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Craft niche, first look');
    await dialog.getByRole('textbox', { name: 'Follows weight' }).fill('0');
    await dialog.getByRole('textbox', { name: 'Reposts weight' }).fill('0');
    await dialog.getByRole('textbox', { name: 'Mentions weight' }).fill('0');
    await dialog.getByRole('textbox', { name: 'Links weight' }).fill('0');
    await dialog.getByRole('textbox', { name: 'Audience (personalisation)' }).fill('purl.society');
    await dialog.getByRole('button', { name: 'Start ranking' }).click();
    await dialog.getByText('Give at least one kind of edge a weight above 0').waitFor();
    await dialog.getByText(/Not a profile id/).waitFor();
    await shot(page, '61-new-ranking-invalid');

    await dialog.getByRole('textbox', { name: 'Follows weight' }).fill('1');
    await dialog.getByRole('textbox', { name: 'Reposts weight' }).fill('0.5');
    await dialog.getByRole('textbox', { name: 'Mentions weight' }).fill('0.5');
    await dialog.getByRole('textbox', { name: 'Links weight' }).fill('1');
    await dialog.getByRole('textbox', { name: 'Audience (personalisation)' }).fill('bluesky:purl.society\nbluesky:repair.cafe');
    await dialog.getByRole('button', { name: /Advanced/ }).click();
    await dialog.getByRole('textbox', { name: 'PageRank', exact: true }).waitFor();
    await shot(page, '62-new-ranking-filled');
    await dialog.getByRole('button', { name: 'Start ranking' }).click();
    await page.waitForURL(/\/discover\/[^/?]+$/);
    runUrl = page.url();
    runId = runUrl.split('/').pop();
    await page.getByRole('heading', { name: 'Craft niche, first look', level: 2 }).waitFor();
  });

  test('the ranked table opens when the run is ready, with its statistics', async () => {
    await page.getByRole('table', { name: 'Ranked profiles' }).waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('run-profile-count').textContent(), '39');
    assert.equal(await tableRows(page).count(), 39);
    assert.equal(await firstRowLabel(page), HUB, 'the hub ranks first');
    // percentile bars and the audience column of a personalised run
    assert.ok((await page.locator('[data-percentile]').count()) > 39);
    await page.getByRole('button', { name: /^Audience/ }).waitFor();
    await shot(page, '63-ranked-table');
  });

  test('sorting by a metric and filtering go into the URL and survive a reload', async () => {
    await andSettle(page, () => page.getByRole('table', { name: 'Ranked profiles' }).locator('[data-sort-field="interactions"]').click(), 'sort=interactions%2Cdesc');
    assert.equal(new URL(page.url()).searchParams.get('sort'), 'interactions,desc');
    await page.getByRole('columnheader', { name: /Interactions/ }).and(page.locator('[aria-sort="descending"]')).waitFor();
    assert.equal(await firstRowLabel(page), HUB, 'the hub receives the most reposts and mentions');

    await page.getByRole('button', { name: /^Filters/ }).click();
    const filters = page.getByRole('group', { name: 'Filters' });
    await andSettle(page, () => filters.getByText('Flagged', { exact: true }).click(), 'flagged=true');
    assert.equal(new URL(page.url()).searchParams.get('flagged'), 'yes');
    await page.locator(`tbody tr[data-profile-id="bluesky:${BOTTED}"]`).waitFor();
    const flagged = await tableRows(page).count();
    assert.ok(flagged >= 1 && flagged < 39, `flagged rows: ${flagged}`);
    await page.locator(`tbody tr[data-profile-id="bluesky:${BOTTED}"] [data-flag="HOLLOW_FOLLOWERS"]`).waitFor();

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('group', { name: 'Columns' }).getByLabel('Community').click();
    await page.waitForURL((url) => (url.searchParams.get('cols') ?? '').includes('community'));
    await page.keyboard.press('Escape');
    await shot(page, '64-table-sorted-filtered');

    await page.reload();
    await page.getByRole('table', { name: 'Ranked profiles' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('sort'), 'interactions,desc');
    assert.equal(await tableRows(page).count(), flagged);
    await page.getByRole('columnheader', { name: 'Community' }).waitFor();
    // A link with filters opens with the filter panel showing them; closed, they are chips.
    await page.getByRole('group', { name: 'Filters' }).waitFor();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('button', { name: /Remove filter Flagged/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('flagged'));
    await page.getByRole('textbox', { name: 'Search profiles' }).fill('nobody-is-called-this');
    await page.getByText('No profiles match').waitFor();
    await shot(page, '65-table-no-match');
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await page.locator('[data-sort-field="rank"]').click();
    await page.waitForURL((url) => !url.searchParams.has('sort') || url.searchParams.get('sort') === 'rank,desc');
  });

  test('two profiles picked in the table go onto a new shortlist', async () => {
    await page.goto(runUrl);
    await page.getByRole('table', { name: 'Ranked profiles' }).waitFor();
    await page.getByRole('checkbox', { name: `Select ${HUB}` }).check();
    await page.getByRole('checkbox', { name: 'Select craft.bridge' }).check();
    const selection = page.getByRole('region', { name: 'Selection' });
    await selection.getByText('2 selected').waitFor();
    await selection.getByRole('button', { name: 'Add to shortlist' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to shortlist' });
    await dialog.getByText('New list').click();
    await dialog.getByRole('textbox', { name: 'Name of the new shortlist' }).fill(listName);
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Hub and bridge of the craft niche');
    await shot(page, '66-add-to-shortlist');
    await dialog.getByRole('button', { name: 'Add 2 profiles' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectNotification(page, 'Added to shortlist');
  });

  test('a profile page explains the rank: in-links, audience, ranks compared, history and ego network', async () => {
    await page.getByRole('link', { name: HUB, exact: true }).first().click();
    await page.waitForURL(/\/profiles\/bluesky%3Amaya\.makes$/);
    await page.getByTestId('profile-label').filter({ hasText: HUB }).waitFor();
    assert.equal(await page.getByTestId('profile-rank').textContent(), '#1');
    await page.getByRole('table', { name: 'Strongest in-links' }).waitFor();
    assert.ok((await page.getByRole('table', { name: 'Strongest in-links' }).locator('tbody tr').count()) >= 5);
    await page.getByLabel('Audience by community').waitFor();
    await page.getByLabel('Ranks compared').getByText('By PageRank').waitFor();
    await page.getByTestId('rank-history-chart').locator('svg').first().waitFor();
    await page.getByLabel('Shortlists', { exact: true }).getByText('Hub and bridge of the craft niche').waitFor();
    const canvas = page.getByTestId('graph-canvas');
    await canvas.locator('canvas').first().waitFor();
    assert.ok(Number(await canvas.getAttribute('data-nodes')) >= 10);

    await page.getByRole('combobox', { name: 'Shortlist to compare with' }).click();
    await page.getByRole('option', { name: new RegExp(listName) }).click();
    await page.getByRole('table', { name: 'Shared followers' }).getByText('craft.bridge').waitFor();
    await page.waitForTimeout(600);
    await shot(page, '67-profile');
  });

  test('a flagged profile explains its flag', async () => {
    await page.goto(`${runUrl}?q=${BOTTED}`);
    await page.getByRole('link', { name: BOTTED, exact: true }).click();
    await page.getByTestId('profile-label').filter({ hasText: BOTTED }).waitFor();
    // a shared link to a profile page (its path ends in a dotted handle) opens the page, not a 404
    await page.reload();
    await page.getByTestId('profile-label').filter({ hasText: BOTTED }).waitFor();
    await page.getByLabel('Authenticity').getByText(/have no followers of their own/).waitFor();
    await page.getByTestId('graph-canvas').locator('canvas').first().waitFor();
    await page.waitForTimeout(600);
    await shot(page, '68-profile-flagged');
  });

  test('the network map draws the run, with a legend, a top-N control and the GEXF export', async () => {
    await page.goto(runUrl);
    await page.getByRole('navigation', { name: 'Views of this ranking' }).getByRole('link', { name: 'Network map' }).click();
    await page.waitForURL(`${BASE_URL}/network/${runId}`);
    const canvas = page.getByTestId('graph-canvas');
    await canvas.locator('canvas').first().waitFor();
    assert.equal(await canvas.getAttribute('data-nodes'), '39');
    await page.getByRole('list', { name: 'Communities' }).getByRole('listitem').first().waitFor();
    assert.match(await page.getByRole('link', { name: 'Export GEXF' }).getAttribute('href'), new RegExp(`/api/networks/${networkId}/export\\?format=gexf$`));
    await page.getByText('Top 50', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('top') === '50');
    await page.waitForTimeout(800);
    await shot(page, '69-network-map');

    await page.goto(`${BASE_URL}/network`);
    await page.waitForURL(/\/network\/[^/]+$/);
    await page.getByTestId('graph-canvas').waitFor();
  });

  test('the compare page sets followers, PageRank and interactions side by side', async () => {
    await page.goto(`${BASE_URL}/compare/${runId}`);
    await page.getByTestId('spearman-followersPageRank').waitFor();
    assert.match(await page.getByTestId('spearman-followersPageRank').textContent(), /ρ -?\d\.\d\d/);
    await page.getByRole('table', { name: 'Ranks side by side' }).locator('tbody tr').first().waitFor();
    await page.getByTestId('rank-scatter').locator('svg').first().waitFor();
    await page.getByText('Top 10', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('top') === '10');
    await page.getByTestId('spearman-followersPageRank').waitFor();
    await page.getByRole('table', { name: 'Ranks side by side' }).getByRole('button', { name: /Gap/ }).click();
    await page.waitForTimeout(400);
    // the profile names stay in view next to their ranks, even though the table may scroll sideways
    const ranks = page.getByRole('table', { name: 'Ranks side by side' });
    const name = await ranks.locator('tbody tr').first().getByRole('link').boundingBox();
    const frame = await ranks.locator('xpath=..').boundingBox();
    assert.ok(name.x >= frame.x - 1 && name.x + name.width <= frame.x + frame.width + 1, 'the first column is in view');
    await shot(page, '70-compare');
  });

  test('the shortlist lists the two profiles, notes are edited in place', async () => {
    await page.goto(`${BASE_URL}/shortlists`);
    await page.getByRole('listitem', { name: listName }).waitFor();
    await shot(page, '71-shortlists');
    await page.getByRole('listitem', { name: listName }).click();
    await page.getByRole('heading', { name: listName, level: 2 }).waitFor();
    const rows = page.getByRole('table', { name: 'Shortlisted profiles' }).locator('tbody tr');
    assert.equal(await rows.count(), 2);
    await page.getByRole('button', { name: 'Edit note on craft.bridge' }).click();
    await page.getByRole('textbox', { name: 'Note on craft.bridge' }).fill('Links both groups: pitch a joint repair-and-knit post');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expectNotification(page, 'Note on craft.bridge saved');
    await page.getByText('Links both groups: pitch a joint repair-and-knit post').waitFor();
    assert.match(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href'), /\/api\/shortlists\/[^/]+\/export$/);
    await page.getByRole('link', { name: HUB }).waitFor();
    await shot(page, '72-shortlist');
    assert.deepEqual(browser.problems, []);
  });
});
