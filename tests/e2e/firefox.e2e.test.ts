/**
 * The Firefox build reads the same fixture in Debian's firefox-esr (puppeteer-core over WebDriver BiDi, no
 * geckodriver). Firefox's BiDi cannot open moz-extension:// pages, so this uses the E2E-only build
 * (dist-firefox-e2e), whose content script can ask the worker to open the panel for its tab.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/cli/browsers.ts';
import { PAGES, ROOT } from './harness.ts';

const DIST = join(ROOT, 'dist-firefox-e2e');
const firefox = findBrowser('firefox-esr');
const ADDON_ID = 'calma@calma-coach.org';
const UUID = '5b0e5e4c-8a0e-4c55-9e55-ca1ca1ca1ca1';
const FIXTURES = [
  ['zendesk/agent-workspace-2022-03', 'https://acme.zendesk.com/agent/tickets/4821'],
  ['zendesk/agent-workspace-2024-08', 'https://acme.zendesk.com/agent/tickets/4821'],
  ['zendesk/agent-workspace-2025-11', 'https://acme.zendesk.com/agent/tickets/4821'],
  ['freshdesk/ticket-view-2023-06', 'https://acme.freshdesk.com/a/tickets/352179'],
  ['freshdesk/ticket-view-2026-08', 'https://acme.freshdesk.com/a/tickets/352179'],
] as const;
let current = '';

describe.skipIf(!firefox || !existsSync(join(DIST, 'manifest.json')))('Firefox build on the Zendesk fixture (firefox-esr)', () => {
  let browser: Browser;
  let page: Page;
  const foreign: string[] = [];

  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefox!,
      headless: true,
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }), 'network.dns.disableIPv6': true },
    });
    await browser.installExtension(DIST);
    page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (/^https:\/\/acme\.(zendesk|freshdesk)\.com\/(agent|a)\/tickets\//.test(url)) return req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: current });
      if (/^https?:/.test(url)) {
        foreign.push(url);
        return req.abort();
      }
      return req.continue();
    });
  });
  afterAll(async () => browser?.close());

  it.each(FIXTURES)('%s: the panel shows the active ticket’s customer messages only', async (name, url) => {
    const expected = JSON.parse(readFileSync(join(PAGES, `${name}.expected.json`), 'utf8'));
    current = readFileSync(join(PAGES, `${name}.html`), 'utf8');
    await page.goto(url);
    const before = (await browser.pages()).length;
    // give the content script a moment to start, then ask for the panel of this tab
    let panel: Page | undefined;
    for (let i = 0; i < 40 && !panel; i++) {
      await page.evaluate(() => window.postMessage({ type: 'calma-e2e-open-panel' }, '*'));
      await new Promise((r) => setTimeout(r, 250));
      const pages = await browser.pages();
      if (pages.length > before) panel = pages[pages.length - 1];
    }
    expect(panel).toBeTruthy();
    const customers = expected.messages.filter((m: { role: string }) => m.role === 'customer').map((m: { id: string }) => m.id);
    let ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      ids = await panel!.evaluate(() => [...document.querySelectorAll('[data-testid="message"]')].map((e) => e.getAttribute('data-id') ?? ''));
      if (ids.length === customers.length) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(ids.sort()).toEqual([...customers].sort());
    expect(await panel!.evaluate(() => location.href)).toMatch(/^moz-extension:\/\//);
    await panel!.close();
    // Firefox itself asks the page host for /favicon.ico; nothing else may leave the browser
    expect(foreign.filter((u) => !/\/favicon\.ico$/.test(u))).toEqual([]);
  });
});
