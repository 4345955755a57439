/**
 * `npm run --silent bench:e2e` — a script, not a test. In headless Chromium with the production build, on the
 * Zendesk fixture served under its real hostname, prints one JSON object:
 *   guidance latency: customer message inserted in the page → its message and cards rendered in the panel
 *     (p50/p95 over N messages, in ms and in animation frames measured with requestAnimationFrame),
 *   initial scan: main-thread time of the extension's scripts while a 500-message ticket loads (CPU profile),
 *   worker heap after classifying 10,000 messages,
 *   gzip size of every bundle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'esbuild';
import { appendZendeskMessage, DIST, launch, PAGES, ROOT } from '../../tests/e2e/harness.ts';

const URL = 'https://acme.zendesk.com/agent/tickets/4821';
const N = Number(process.env.BENCH_N ?? 120);
const now = `performance.timeOrigin + performance.now()`;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function bundles(): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(f)) out[relative(DIST, p)] = gzipSync(readFileSync(p), { level: 9 }).length;
    }
  };
  walk(DIST);
  return out;
}

/** A ticket with `count` customer messages: the fixture's active log, its first customer article repeated. */
function bigTicket(count: number): string {
  const html = readFileSync(join(PAGES, 'zendesk/agent-workspace-2025-11.html'), 'utf8');
  const m = /<article[^>]*data-comment-id="900001"[\s\S]*?<\/article>/.exec(html);
  if (!m) throw new Error('fixture article not found');
  const many = Array.from({ length: count }, (_, i) => m[0].replace('data-comment-id="900001"', `data-comment-id="${500000 + i}"`)).join('\n');
  return html.replace(m[0], many);
}

async function latency(ext: Awaited<ReturnType<typeof launch>>, page: Page, panel: Page) {
  // the panel notes when each message appears, on the same clock as the page
  await panel.evaluate(`(() => {
    window.__seen = {};
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid="message"]')) {
        const id = el.getAttribute('data-id');
        if (id && !(id in window.__seen)) window.__seen[id] = ${now};
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  })()`);
  const frame = (await panel.evaluate(`new Promise((ok) => { const t = []; const f = (x) => { t.push(x); if (t.length < 61) requestAnimationFrame(f); else ok((t[60] - t[0]) / 60); }; requestAnimationFrame(f); })`)) as number;
  // and the worker notes when each message reaches it: the split says which half of the path is slow
  await ext.sw.evaluate(`(() => {
    globalThis.__arrive = {};
    chrome.runtime.onMessage.addListener((m) => {
      if (m && m.kind === 'ticket-messages') for (const x of m.messages) if (!(x.id in globalThis.__arrive)) globalThis.__arrive[x.id] = ${now};
    });
  })()`);
  const ms: number[] = [];
  const sent: Record<string, number> = {};
  const shown: Record<string, number> = {};
  for (let i = 0; i < N; i++) {
    const id = String(600000 + i);
    const t0 = (await page.evaluate(now)) as number;
    await appendZendeskMessage(page, '4821', { id, text: i % 3 ? `Sigo esperando mi pedido ${i}, es la tercera vez que escribo.` : `Eres un inútil ${i}` });
    await panel.locator(`[data-testid="message"][data-id="${id}"]`).waitFor({ timeout: 5000 });
    const t1 = (await panel.evaluate(`window.__seen[${JSON.stringify(id)}]`)) as number;
    ms.push(t1 - t0);
    sent[id] = t0;
    shown[id] = t1;
  }
  const arrive = (await ext.sw.evaluate('globalThis.__arrive')) as Record<string, number>;
  const toWorker = Object.keys(sent).filter((id) => id in arrive).map((id) => arrive[id]! - sent[id]!);
  const toPanel = Object.keys(sent).filter((id) => id in arrive).map((id) => shown[id]! - arrive[id]!);
  return {
    messages: N,
    frameMs: round(frame),
    p50Ms: round(quantile(ms, 0.5)),
    p95Ms: round(quantile(ms, 0.95)),
    p50Frames: round(quantile(ms, 0.5) / frame),
    p95Frames: round(quantile(ms, 0.95) / frame),
    split: {
      pageToWorkerP50Ms: round(quantile(toWorker, 0.5)),
      pageToWorkerP95Ms: round(quantile(toWorker, 0.95)),
      workerToPanelP50Ms: round(quantile(toPanel, 0.5)),
      workerToPanelP95Ms: round(quantile(toPanel, 0.95)),
    },
  };
}

async function initialScan(ext: Awaited<ReturnType<typeof launch>>) {
  const url = 'https://acme.zendesk.com/agent/tickets/4821?bench=scan';
  ext.serve(url, { html: bigTicket(500) });
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; parent?: number }[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let us = 0;
  // where the time goes: self time per extension function (minified names, but the file says which part)
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f?.url.startsWith('chrome-extension://')) return;
    us += profile.timeDeltas[i] ?? 0;
    const key = `${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.functionName || '(anonymous)'}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${round(v / 1000)} ms`);
  const messages = await page.evaluate(() => document.querySelectorAll('[data-ticket-id="4821"] article').length);
  const warm = await warmRead(page);
  await page.close();
  return { messages, extensionMainThreadMs: round(us / 1000), warmAdapterReadMs: warm, topSelfTime: top };
}

/**
 * The same adapter code, bundled and minified as the content script ships it, run in the page on the loaded ticket
 * once the JIT is warm (best of 9 full reads, no cache): what a scan costs without the cold start and the message
 * to the worker, which the figure above includes.
 */
async function warmRead(page: Page): Promise<number> {
  const out = await build({ stdin: { contents: `import { zendesk } from './src/sites/zendesk/adapter.ts'; globalThis.__calmaBench = zendesk;`, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'iife', write: false, logLevel: 'error' });
  await page.addScriptTag({ content: out.outputFiles[0].text });
  // a string, not a function: tsx would wrap inner functions in a helper the page does not have
  return (await page.evaluate(`(() => {
    const z = globalThis.__calmaBench, u = new URL(location.href);
    let best = Infinity;
    for (let k = 0; k < 9; k++) { const t = performance.now(); z.read(document, u); best = Math.min(best, performance.now() - t); }
    delete globalThis.__calmaBench;
    return Math.round(best * 100) / 100;
  })()`)) as number;
}

async function workerHeap(ext: Awaited<ReturnType<typeof launch>>, page: Page) {
  const total = Number(process.env.BENCH_HEAP_N ?? 10_000);
  const batch = 500;
  for (let done = 0; done < total; done += batch) {
    await page.evaluate(
      ({ done, batch }) => {
        const log = document.querySelector('[data-ticket-id="4821"] [data-test-id="omni-log-container"]')!;
        const proto = log.querySelector('article[data-comment-id="900001"]')!;
        for (let i = 0; i < batch; i++) {
          const a = proto.cloneNode(true) as Element;
          a.setAttribute('data-comment-id', String(700000 + done + i));
          a.querySelector('.zd-comment')!.textContent = `Mensaje ${done + i}: llevo dos semanas esperando, sois unos inútiles.`;
          log.append(a);
        }
      },
      { done, batch },
    );
    await page.waitForTimeout(50);
  }
  const tabId = await ext.tabIdOf(page);
  await ext.sw.evaluate(
    async ({ k, n }) => {
      for (let i = 0; i < 300; i++) {
        const s = (await chrome.storage.session.get(k))[k] as { messages: unknown[]; older?: unknown[] } | undefined;
        if (s && s.messages.length + (s.older?.length ?? 0) >= n) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    { k: `tab:${tabId}`, n: total },
  );
  const browserCdp = await ext.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await browserCdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'))!;
  const { sessionId } = (await browserCdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
  const call = (method: string) =>
    new Promise<Record<string, number>>((ok) => {
      const id = Math.floor(Math.random() * 1e9);
      const on = ((e: { message: string }) => {
        const m = JSON.parse(e.message) as { id: number; result: Record<string, number> };
        if (m.id === id) ok(m.result);
      }) as never;
      browserCdp.on('Target.receivedMessageFromTarget' as never, on);
      void browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  const heap = await call('Runtime.getHeapUsage');
  const stored = (await ext.sw.evaluate(async (k) => {
    const s = (await chrome.storage.session.get(k))[k] as { messages: unknown[]; older?: unknown[] };
    return s.messages.length + (s.older?.length ?? 0);
  }, `tab:${tabId}`)) as number;
  const bytes = (await ext.sw.evaluate(() => chrome.storage.session.getBytesInUse(null))) as number;
  const inPage = await page.evaluate(() => document.querySelectorAll('[data-ticket-id="4821"] article').length);
  return { sent: total, articlesInPage: inPage, classified: stored, sessionStorageMB: round(bytes / 2 ** 20), usedHeapMB: round(heap.usedSize / 2 ** 20), totalHeapMB: round(heap.totalSize / 2 ** 20) };
}

async function main() {
  const ext = await launch();
  const out: Record<string, unknown> = { bundlesGzipBytes: bundles() };
  try {
    if (process.env.BENCH_ONLY === 'scan') {
      out.initialScan500 = await initialScan(ext);
      throw new Error('BENCH_ONLY=scan: the other figures were skipped');
    }
    ext.serve(URL, { file: 'zendesk/agent-workspace-2025-11.html' });
    const page = await ext.context.newPage();
    await page.goto(URL);
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await panel.locator('[data-testid="message"]').first().waitFor();
    out.guidanceLatency = await latency(ext, page, panel);
    await panel.close();
    out.initialScan500 = await initialScan(ext);
    out.workerHeap = await workerHeap(ext, page);
  } catch (e) {
    out.error = String(e);
  }
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  ext.pageErrors.length = 0;
  await ext.close();
}

void main();
