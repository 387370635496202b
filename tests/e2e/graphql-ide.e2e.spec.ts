import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, BrowserContext, Locator } from 'playwright-core';
import { startStack, Stack } from '../support/stack';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it when missing). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = path.join(__dirname, '..', '..', 'test-output');

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

/**
 * The development IDE as a developer on an intranet meets it: a real headless Chromium with every request to
 * anything but this machine blocked opens the gateway's landing page, picks a demo role's token, runs a query and
 * sees the answer. A screenshot is left in test-output/.
 */
describe('the offline GraphQL IDE at the gateway (development)', () => {
  let stack: Stack;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    stack = await startStack();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-ide-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('loads GraphiQL from the gateway alone, sends the token set in its bar and shows the result', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));

    await page.goto(stack.gatewayUrl, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 20_000 });
    const result = page.locator('.result-window');

    // No token yet: the gateway refuses, and GraphiQL shows why.
    await page.locator('.graphiql-execute-button').click();
    await showsText(result, 'UNAUTHENTICATED');

    // One click on a demo role sets its token; the same query now answers with data.
    await page.locator('#roles button[data-role="SALES_DEPT_MANAGER"]').click();
    expect(await page.locator('#token').inputValue()).toMatch(/^eyJ/);
    await page.locator('.graphiql-execute-button').click();
    await showsText(result, '"totalCount"');
    expect(await result.innerText()).not.toContain('UNAUTHENTICATED');

    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'graphql-ide.png'), fullPage: true });
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
  });
});

/** Waits until the locator's text contains `text` (GraphiQL renders the answer asynchronously). */
function showsText(locator: Locator, text: string): Promise<void> {
  return locator.filter({ hasText: text }).waitFor({ timeout: 20_000 });
}
