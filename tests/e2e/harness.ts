/**
 * Launches Debian's Chromium with the BUILT production extension (dist/) and serves fixture pages under the
 * real helpdesk hostnames through request interception, so the production manifest's match patterns are
 * what is tested. Every request made in the browser is recorded for the privacy assertions.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureBrowser } from '../../src/cli/browsers.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');

export interface RecordedRequest {
  url: string;
  /** the page or worker URL that made it */
  from: string;
}

export interface Ext {
  context: BrowserContext;
  /** uncaught errors and console errors of every page opened in this browser (fixture pages and extension pages) */
  pageErrors: string[];
  sw: Worker;
  extensionId: string;
  requests: RecordedRequest[];
  /** HTML served for a URL under a helpdesk host (path → file, or html text) */
  serve(url: string, fileOrHtml: { file: string } | { html: string }): void;
  tabIdOf(page: Page): Promise<number>;
  openPanel(tabId?: number, lang?: string): Promise<Page>;
  close(): Promise<void>;
}

const HELPDESK = /^https:\/\/[a-z0-9-]+\.(zendesk|freshdesk)\.com\//;

export async function launch(opts: { lang?: string; dist?: string } = {}): Promise<Ext> {
  const executablePath = ensureBrowser('chromium');
  const dist = opts.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`no build in ${dist}: run "npm run build" first`);
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = mkdtempSync(join(tmpdir(), 'calma-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--lang=${opts.lang ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    locale: opts.lang ?? 'en-US',
  });
  const requests: RecordedRequest[] = [];
  const pageErrors: string[] = [];
  const watchPage = (p: Page) => {
    p.on('pageerror', (e) => pageErrors.push(`${p.url()}: ${String(e)}`));
    p.on('console', (m) => {
      // the network is closed in these tests, so favicon fetches fail; everything else is a real error
      if (m.type() === 'error' && !/favicon|ERR_BLOCKED_BY_CLIENT|ERR_FAILED/.test(m.text())) pageErrors.push(`${p.url()}: ${m.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  const served = new Map<string, string>();
  context.on('request', (r) => {
    const frame = (() => {
      try {
        return r.frame().url();
      } catch {
        return r.serviceWorker()?.url() ?? 'unknown';
      }
    })();
    requests.push({ url: r.url(), from: frame });
  });
  // Routes registered later win: first the catch-all, then the helpdesk hosts.
  // Nothing else may leave the browser: any other http(s) request is recorded (above) and refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  await context.route(HELPDESK, (route) => {
    const u = new URL(route.request().url());
    const html = served.get(u.origin + u.pathname);
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });

  const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(sw.url()).host;

  return {
    context,
    sw,
    extensionId,
    requests,
    pageErrors,
    serve(url, src) {
      const u = new URL(url);
      served.set(u.origin + u.pathname, 'file' in src ? readFileSync(join(PAGES, src.file), 'utf8') : src.html);
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await sw.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab for ${url}`);
      return id;
    },
    async openPanel(tabId, lang) {
      const panel = await context.newPage();
      const q = tabId === undefined ? '' : `?tab=${tabId}`;
      await panel.goto(`chrome-extension://${extensionId}/src/ui/sidepanel/index.html${q}`);
      void lang;
      return panel;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      // no test may leave an uncaught error on a helpdesk page or in the panel
      if (pageErrors.length) throw new Error(`errors on pages during the tests:\n${pageErrors.join('\n')}`);
    },
  };
}

export { appendZendeskMessage } from '../../src/cli/demo/zendesk-page.ts';

/** Switch Agent Workspace to another open ticket tab: URL, tab bar and active pane, as Zendesk does. */
export async function switchZendeskTab(page: Page, toTicket: string) {
  await page.evaluate((to) => {
    history.pushState({}, '', `/agent/tickets/${to}`);
    for (const tab of document.querySelectorAll('[data-test-id="header-tab"]')) {
      const active = tab.getAttribute('data-entity-id') === to;
      if (active) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
      tab.setAttribute('aria-selected', String(active));
    }
    for (const pane of document.querySelectorAll('.ticket-panes-grid-layout')) {
      const active = pane.getAttribute('data-ticket-id') === to;
      pane.setAttribute('data-is-active', String(active));
      (pane as HTMLElement).style.display = active ? '' : 'none';
    }
  }, toTicket);
}

/** Stop the extension's service worker the way the browser does when it is idle, and wait until it is gone. */
export async function stopServiceWorker(ext: Ext, page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const browserCdp = await ext.context.browser()!.newBrowserCDPSession();
  const workers = async () => {
    const { targetInfos } = (await browserCdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')).length;
  };
  for (let i = 0; i < 50 && (await workers()) > 0; i++) await page.waitForTimeout(100);
  if ((await workers()) > 0) throw new Error('the service worker did not stop');
}

const CKEDITOR = join(dirname(createRequire(import.meta.url).resolve('ckeditor5/package.json')), 'dist/browser/ckeditor5.umd.js');

/**
 * Make every Zendesk composer on the page a real CKEditor 5 (from npm: GPL, a test-only devDependency), as Agent
 * Workspace does. A string, not a function: tsx would wrap inner functions in a helper the page does not have.
 */
export async function withCkEditor(page: Page): Promise<void> {
  await page.addScriptTag({ path: CKEDITOR });
  await page.evaluate(`(async () => {
    const CK = window.CKEDITOR;
    for (const el of document.querySelectorAll('.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]')) {
      await CK.InlineEditor.create(el, { licenseKey: 'GPL', plugins: [CK.Essentials, CK.Paragraph] });
    }
  })()`);
}
