import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendZendeskMessage, DIST, launch, PAGES, switchZendeskTab, type Ext } from './harness.ts';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/4821';
const FIXTURE = 'zendesk/agent-workspace-2025-11.html';
const expected = JSON.parse(readFileSync(join(PAGES, 'zendesk/agent-workspace-2025-11.expected.json'), 'utf8'));

async function panelMessages(panel: Page) {
  return panel.locator('[data-testid="message"]').evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('data-id'), tone: e.getAttribute('data-tone'), flags: (e.getAttribute('data-flags') ?? '').split(' ').filter(Boolean) })),
  );
}

describe('Zendesk Agent Workspace in Chromium with the production build', () => {
  let ext: Ext;
  let page: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    ext = await launch();
    ext.serve(TICKET_URL, { file: FIXTURE });
    ext.serve('https://acme.zendesk.com/agent/tickets/4790', { file: FIXTURE });
    page = await ext.context.newPage();
    await page.goto(TICKET_URL);
    tabId = await ext.tabIdOf(page);
    panel = await ext.openPanel(tabId);
  });
  afterAll(async () => ext?.close());

  it('the built manifest matches only the helpdesk hosts', () => {
    const m = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    const patterns = [...m.host_permissions, ...m.content_scripts.flatMap((c: { matches: string[] }) => c.matches)];
    for (const p of patterns) expect(p).toMatch(/^https:\/\/\*\.(zendesk|freshdesk)\.com\//);
    expect(m.permissions.sort()).toEqual(['sidePanel', 'storage']);
  });

  it("shows exactly the active ticket's customer messages, never agent replies, notes or the other tab", async () => {
    const customers = expected.messages.filter((m: { role: string }) => m.role === 'customer');
    await expect.poll(async () => (await panelMessages(panel)).length, { timeout: 5000 }).toBe(customers.length);
    const shown = await panelMessages(panel);
    expect(shown.map((m) => m.id).sort()).toEqual(customers.map((m: { id: string }) => m.id).sort());
    expect(await panel.getByTestId('ticket-id').textContent()).toContain('4821');
    // the last message of 4821 calls the staff incompetent and threatens a complaint to consumer authorities
    const last = shown.find((m) => m.id === '900006')!;
    expect(last.flags).toEqual(expect.arrayContaining(['insult', 'legal_threat']));
    expect(last.tone).toBe('angry');
    const second = shown.find((m) => m.id === '900004')!;
    expect(second.flags).toContain('impatience');
    const first = shown.find((m) => m.id === '900001')!;
    expect(first).toMatchObject({ tone: 'calm', flags: [] });
    const situations = await panel.locator('[data-testid="guidance"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-situation')));
    expect(situations).toEqual(['legal-threat', 'insult', 'calming']);
  });

  it('a customer message appended as Zendesk renders it shows up in the panel within one second', async () => {
    const before = (await panelMessages(panel)).length;
    const t0 = Date.now();
    await appendZendeskMessage(page, '4821', { id: '900100', text: 'Quiero hablar con tu supervisor ahora mismo.' });
    await panel.locator('[data-testid="message"][data-id="900100"]').waitFor({ timeout: 1000 });
    const elapsed = Date.now() - t0;
    expect(elapsed).toBeLessThan(1000);
    const shown = await panelMessages(panel);
    expect(shown.length).toBe(before + 1);
    expect(shown.find((m) => m.id === '900100')!.flags).toContain('escalation_request');
    // a card that asks the agent to act shows at once, whatever appeared a moment ago
    await panel.locator('[data-testid="guidance"][data-situation="escalation"]').waitFor({ timeout: 1000 });
  });

  it('messages added to another open tab or by an agent are ignored', async () => {
    const before = (await panelMessages(panel)).length;
    await appendZendeskMessage(page, '4790', { id: '711999', text: 'You people are idiots', author: 'Daniel Brooks' });
    await appendZendeskMessage(page, '4821', { id: '900101', text: 'Un saludo, quedo atento.', role: 'agent', author: 'Carlos Ruiz' });
    await appendZendeskMessage(page, '4821', { id: '900102', text: 'Gracias, espero noticias.' });
    await panel.locator('[data-testid="message"][data-id="900102"]').waitFor({ timeout: 2000 });
    const ids = (await panelMessages(panel)).map((m) => m.id);
    expect(ids).not.toContain('711999');
    expect(ids).not.toContain('900101');
    expect(ids.length).toBe(before + 1);
  });

  it('switching to the other ticket tab switches the panel within one second', async () => {
    const t0 = Date.now();
    await switchZendeskTab(page, '4790');
    await expect.poll(() => panel.getByTestId('ticket-id').textContent(), { timeout: 1000, interval: 50 }).toContain('4790');
    await expect.poll(async () => (await panelMessages(panel)).map((m) => m.id), { timeout: 1000, interval: 50 }).toContain('711999');
    expect(Date.now() - t0).toBeLessThan(1500);
    const ids = (await panelMessages(panel)).map((m) => m.id);
    expect(ids.some((id) => id?.startsWith('9001'))).toBe(false);
  });

  it('does nothing on pages it does not recognise', async () => {
    ext.serve('https://acme.zendesk.com/agent/dashboard', { html: '<!doctype html><title>Dashboard</title><main>Views</main>' });
    const other = await ext.context.newPage();
    const errors: string[] = [];
    other.on('pageerror', (e) => errors.push(String(e)));
    other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await other.goto('https://acme.zendesk.com/agent/dashboard');
    const id = await ext.tabIdOf(other);
    type Saved = { view: { status: string } } | undefined;
    const read = () => ext.sw.evaluate(async (k) => (await chrome.storage.session.get(k))[k] as Saved, `tab:${id}`);
    const state = await read();
    await other.waitForTimeout(300);
    const after = await read();
    expect(state === undefined || state.view.status === 'no-ticket').toBe(true);
    expect(after === undefined || after.view.status === 'no-ticket').toBe(true);
    expect(await other.evaluate(() => document.documentElement.outerHTML)).not.toContain('calma');
    expect(errors).toEqual([]);
    await other.close();
  });

  it('no request ever leaves the browser except the fixture pages themselves', () => {
    const foreign = ext.requests.filter((r) => !/^https:\/\/acme\.zendesk\.com\/agent\//.test(r.url) && !r.url.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
    const fromExtension = ext.requests.filter((r) => r.from.startsWith('chrome-extension://') && !r.url.startsWith('chrome-extension://'));
    expect(fromExtension).toEqual([]);
  });
});
