/**
 * Personal limits in the real browser: a hostility limit set in the agent's settings is crossed by a scripted
 * conversation and the coach shows the escalation card; active time on the ticket is counted from the content
 * script's activity signals and survives the worker being stopped.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendZendeskMessage, launch, stopServiceWorker, type Ext } from './harness.ts';

const URL = 'https://acme.zendesk.com/agent/tickets/4821';
const situations = (panel: Page) => panel.locator('[data-testid="guidance"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-situation')));

describe('personal limits', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    ext.serve(URL, { file: 'zendesk/agent-workspace-2025-11.html' });
    // the agent's own limit: two hostile customer messages in the last ten are enough (stored as the options page does)
    await ext.sw.evaluate(() => chrome.storage.local.set({ 'calma:settings': { version: 2, limits: { hostility: { messages: 2, window: 10 } } } }));
  });
  afterAll(async () => ext?.close());

  it('crossing the hostility limit brings the escalation card, and the worker stopping loses neither the crossing nor the time', async () => {
    const page = await ext.context.newPage();
    await page.goto(URL);
    const tabId = await ext.tabIdOf(page);
    const panel = await ext.openPanel(tabId);
    await expect.poll(() => situations(panel), { timeout: 10_000 }).toContain('legal-threat');
    // the fixture's last message is hostile (one); one more crosses the limit of two
    await appendZendeskMessage(page, '4821', { id: '990001', text: 'Sois unos inútiles y unos ladrones.' });
    const limitsOf = () => ext.sw.evaluate(async (k) => JSON.stringify(((await chrome.storage.session.get(k))[k] as { limits?: unknown })?.limits ?? []), `tab:${tabId}`);
    await expect.poll(limitsOf, { timeout: 10_000 }).toContain('hostility.messages');
    expect(await situations(panel)).toContain('escalation');

    // activity: the page being shown again counts as the agent being there (the heartbeat does the same every 20 s)
    const beat = () => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const counted = () =>
      ext.sw.evaluate(async () => {
        const t = ((await chrome.storage.local.get('calma:limits'))['calma:limits'] as { time?: { ticketMs?: Record<string, number> } })?.time?.ticketMs ?? {};
        return Object.entries(t).find(([k]) => k.endsWith(':4821'))?.[1] ?? 0;
      });
    await beat();
    await page.waitForTimeout(1500);
    await beat();
    await expect.poll(counted, { timeout: 3000 }).toBeGreaterThan(1000);
    const before = await counted();

    await stopServiceWorker(ext, page);
    await beat(); // wakes the worker up again
    await appendZendeskMessage(page, '4821', { id: '990002', text: 'Quiero hablar con un supervisor.' });
    await panel.locator('[data-testid="message"][data-id="990002"]').waitFor({ timeout: 10_000 });
    expect(await counted()).toBeGreaterThanOrEqual(before);
    expect(await limitsOf()).toContain('hostility.messages');
    expect(await situations(panel)).toContain('escalation');
    await panel.close();
    await page.close();
  });

  it("the team's own terms, the agent's card level and card language reach the worker and the panel", async () => {
    await ext.sw.evaluate(() =>
      chrome.storage.local.set({
        'calma:settings': { version: 2, profile: { language: 'es' }, coach: { severityGate: 3 }, lexicon: { es: [{ category: 'insult', term: 'patatero', weight: 0.9, exceptions: [], note: 'jerga del equipo' }] } },
      }),
    );
    const page = await ext.context.newPage();
    await page.goto(URL);
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await panel.locator('[data-testid="message"]').first().waitFor({ timeout: 10_000 });
    await appendZendeskMessage(page, '4821', { id: '990201', text: 'Eres un patatero.' });
    const msg = panel.locator('[data-testid="message"][data-id="990201"]');
    await msg.waitFor({ timeout: 10_000 });
    expect(await msg.getAttribute('data-flags')).toContain('insult');
    // "show cards from: threats only": the threat card shows, the others are held below the agent's level
    const cards = await panel.locator('[data-testid="guidance"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-situation')));
    expect(cards).toEqual(['legal-threat']);
    // the cards speak the agent's chosen language (Spanish) in an English browser
    expect(await panel.locator('[data-situation="legal-threat"] .card-title').textContent()).toMatch(/^Amenaza legal/);
    expect(await panel.locator('[data-testid="held"][data-situation="insult"][data-reason="below-gate"]').count()).toBe(1);
    await panel.close();
    await page.close();
  });
});
