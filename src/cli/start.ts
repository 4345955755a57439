/**
 * `npm start`: builds the extension, serves the bundled demo Zendesk ticket on loopback, opens Chromium with
 * the extension under the real hostname (request interception) and plays a scripted difficult conversation.
 * With a display the browser stays open with the real side panel; without one it runs headless, saves a
 * screenshot per step and prints the paths.   Options: --lang es|en, --headless, --step-ms N
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { ensureBrowser, MissingBrowserError } from './browsers.ts';
import { DEMO, type DemoScript, type DemoStep } from './demo/conversation.ts';
import { appendZendeskMessage } from './demo/zendesk-page.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'screenshots');
const HOST = 'https://calma-demo.zendesk.com';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const lang: 'es' | 'en' = arg('--lang') === 'en' ? 'en' : 'es';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const stepMs = Number(arg('--step-ms') ?? (headless ? 300 : 2500));
const script: DemoScript = DEMO[lang];

function demoPage(s: DemoScript): string {
  const tpl = readFileSync(join(ROOT, 'src/cli/demo/zendesk-ticket.html'), 'utf8');
  const esc = (x: string) => x.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return tpl
    .replaceAll('{{TICKET}}', s.ticket)
    .replaceAll('{{SUBJECT}}', esc(s.subject))
    .replaceAll('{{REQUESTER}}', esc(s.requester.name))
    .replaceAll('{{REQUESTER_ID}}', s.requester.id)
    .replaceAll('{{REQUESTER_LABEL}}', esc(s.requesterLabel))
    .replace('<html lang="es">', `<html lang="${lang}">`);
}

function append(page: Page, s: DemoScript, step: DemoStep, n: number) {
  const customer = step.role === 'end-user';
  return appendZendeskMessage(page, s.ticket, {
    id: String(910000 + n),
    text: step.text,
    role: step.role,
    author: customer ? s.requester.name : s.agent,
    userId: customer ? s.requester.id : '902',
  });
}

async function main() {
  const executablePath = ensureBrowser('chromium');
  console.log('calma: building the extension…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });

  const html = demoPage(script);
  const server = createServer((req, res) => {
    if (req.url?.startsWith(`/agent/tickets/${script.ticket}`)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  console.log(`calma: demo helpdesk on http://127.0.0.1:${port}, shown as ${HOST}`);

  const userDataDir = mkdtempSync(join(tmpdir(), 'calma-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate',
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: headless ? { width: 1280, height: 800 } : null,
    locale: lang,
  });
  // The demo site is served on loopback and shown under a real Zendesk hostname, so the production
  // manifest's match patterns apply. Nothing else is allowed out.
  await context.route(/^https?:\/\//, (route) => route.abort());
  await context.route(`${HOST}/**`, async (route) => {
    const u = new URL(route.request().url());
    const r = await fetch(`http://127.0.0.1:${port}${u.pathname}`);
    await route.fulfill({ status: r.status, headers: { 'content-type': r.headers.get('content-type') ?? 'text/html' }, body: await r.text() });
  });

  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(sw.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${HOST}/agent/tickets/${script.ticket}`);
  const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id ?? -1, HOST);

  let panel: Page | null = null;
  if (headless) {
    panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 800 });
    await panel.goto(`chrome-extension://${extensionId}/src/ui/sidepanel/index.html?tab=${tabId}`);
  } else {
    // The real side panel: a click in the popup is the user gesture chrome.sidePanel.open needs.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
    await page.bringToFront();
    await popup.click('#open-panel').catch(() => undefined);
    await popup.close().catch(() => undefined);
  }

  if (headless) {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  }
  const shots: string[] = [];
  let customers = 0;
  for (const [i, step] of script.steps.entries()) {
    console.log(`calma: ${step.role === 'end-user' ? 'customer' : 'agent'} (${step.label}): ${step.text.replace(/\n/g, ' ')}`);
    await append(page, script, step, i);
    if (step.role === 'end-user') customers++;
    if (panel) {
      await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="message"]').length >= n, customers, { timeout: 10_000 });
      await panel.waitForTimeout(150);
      const n = String(i + 1).padStart(2, '0');
      const ticketShot = join(OUT, `${n}-${step.label}-ticket.png`);
      const panelShot = join(OUT, `${n}-${step.label}-panel.png`);
      await page.screenshot({ path: ticketShot });
      await panel.screenshot({ path: panelShot, fullPage: true });
      shots.push(ticketShot, panelShot);
    }
    await page.waitForTimeout(stepMs);
  }

  if (headless && shots.length >= 2) {
    // one picture of the whole scene: the ticket with the side panel beside it
    const [ticketShot, panelShot] = shots.slice(-2);
    const b64 = (f: string) => `data:image/png;base64,${readFileSync(f).toString('base64')}`;
    const scene = await context.newPage();
    await scene.setViewportSize({ width: 1280 + 420, height: 800 });
    await scene.setContent(
      `<body style="margin:0;display:flex;background:#ccc"><img src="${b64(ticketShot)}" style="width:1280px;height:800px"><img src="${b64(panelShot)}" style="width:420px;height:800px;object-fit:cover;object-position:top;border-left:1px solid #999"></body>`,
    );
    const sceneShot = join(OUT, 'demo.png');
    await scene.screenshot({ path: sceneShot });
    shots.push(sceneShot);
  }

  if (headless) {
    console.log(`calma: no display, ran headless. Screenshots (${shots.length}):`);
    for (const s of shots) console.log(`  ${s}`);
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  } else {
    console.log('calma: the conversation is done. Explore the side panel; close the browser window to exit.');
    await new Promise<void>((ok) => context.on('close', () => ok()));
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  if (e instanceof MissingBrowserError) console.error(e.message);
  else console.error('calma:', e instanceof Error ? e.message : e);
  process.exit(1);
});
