/**
 * The browser stops idle MV3 service workers. Stopping the worker mid-conversation must lose nothing: the
 * conversation state lives in storage.session, and the next customer message wakes the worker up again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendZendeskMessage, launch, stopServiceWorker, type Ext } from './harness.ts';

const URL = 'https://acme.zendesk.com/agent/tickets/4821';

describe('service worker restarts', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    ext.serve(URL, { file: 'zendesk/agent-workspace-2025-11.html' });
  });
  afterAll(async () => ext?.close());

  it('stopping the worker mid-conversation loses no message, assessment or card', async () => {
    const page = await ext.context.newPage();
    await page.goto(URL);
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await panel.locator('[data-testid="message"]').nth(2).waitFor();
    const before = await panel.locator('[data-testid="message"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-id')}|${e.getAttribute('data-tone')}|${e.getAttribute('data-flags')}`));
    const cards = await panel.locator('[data-testid="guidance"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-situation')));

    await stopServiceWorker(ext, page);

    await appendZendeskMessage(page, '4821', { id: '777001', text: 'Quiero hablar con un supervisor.' });
    await panel.locator('[data-testid="message"][data-id="777001"]').waitFor({ timeout: 5000 });
    const after = await panel.locator('[data-testid="message"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-id')}|${e.getAttribute('data-tone')}|${e.getAttribute('data-flags')}`));
    expect(after.slice(1)).toEqual(before); // newest first: the old ones are all still there, unchanged
    const cardsAfter = await panel.locator('[data-testid="guidance"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-situation')));
    for (const c of cards) expect(cardsAfter).toContain(c);
    expect(cardsAfter).toContain('escalation');
    // the gate's memory survived the restart too: the cards shown before are kept, not announced as new again
    const fresh = await panel.locator('[data-testid="guidance"][data-fresh="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-situation')));
    expect(fresh).toEqual(['escalation']);
  });
});

describe('extension reload under an open ticket', () => {
  it('the orphaned content script stops quietly: the page keeps working, no error reaches its console', async () => {
    const ext = await launch();
    ext.serve(URL, { file: 'zendesk/agent-workspace-2025-11.html' });
    const page = await ext.context.newPage();
    const logs: string[] = [];
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    await page.goto(URL);
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.sw.evaluate(async (k) => !!(await chrome.storage.session.get(k))[k], `tab:${tabId}`)).toBe(true);
    // an extension update or reload: the old content script loses its extension
    await ext.sw.evaluate(() => setTimeout(() => chrome.runtime.reload(), 10)).catch(() => undefined);
    await page.waitForTimeout(1000);
    await appendZendeskMessage(page, '4821', { id: '888001', text: 'Sigo esperando.' });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.querySelectorAll('article[data-comment-id="888001"]').length)).toBe(1);
    expect(logs.filter((l) => /^(error|warning)/.test(l))).toEqual([]);
    await ext.close(); // fails on any page error
  });
});
