import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, PAGES, type Ext } from './harness.ts';

const URL_A = 'https://acme.freshdesk.com/a/tickets/352179';
const PAGE = 'freshdesk/ticket-view-2026-08';
const expected = JSON.parse(readFileSync(join(PAGES, `${PAGE}.expected.json`), 'utf8'));

const ids = (panel: Page) => panel.locator('[data-testid="message"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

describe('Freshdesk ticket view in Chromium with the production build', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(async () => ext?.close());

  it('shows the requester’s messages; private notes, agent replies and CC’d people are left out', async () => {
    ext.serve(URL_A, { file: `${PAGE}.html` });
    const page = await ext.context.newPage();
    await page.goto(URL_A);
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    const customers = expected.messages.filter((m: { role: string }) => m.role === 'customer').map((m: { id: string }) => m.id);
    await expect.poll(async () => (await ids(panel)).sort(), { timeout: 5000 }).toEqual([...customers].sort());
    expect(await panel.getByTestId('ticket-id').textContent()).toContain('352179');
  });

  it('switching to another ticket inside the app (pushState, DOM swapped) switches the panel within one second', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${URL_A}?current_tab=details`); // its own URL, so the panel is pinned to this tab
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await expect.poll(() => panel.getByTestId('ticket-id').textContent(), { timeout: 5000 }).toContain('352179');
    const t0 = Date.now();
    await page.evaluate(() => {
      history.pushState({}, '', '/a/tickets/352200');
      // Ember re-renders the conversation for the new ticket
      for (const el of document.querySelectorAll('.ticket-details__item:not(.rich-editor)')) el.remove();
      const wrap = document.querySelector('.ticket-details-wrapper') ?? document.body;
      const item = document.createElement('div');
      item.className = 'ticket-details__item ticket-details__requestor';
      item.setAttribute('data-test-id', 'ticket-description');
      item.innerHTML = '<div class="ticket-details__item__content"><div id="ticket_original_request">You people are useless. I want a manager.</div></div>';
      wrap.prepend(item);
    });
    await expect.poll(() => panel.getByTestId('ticket-id').textContent(), { timeout: 1000, interval: 50 }).toContain('352200');
    await expect.poll(async () => (await ids(panel)).join(','), { timeout: 1000, interval: 50 }).toBe('description');
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(await panel.locator('[data-testid="message"]').getAttribute('data-flags')).toContain('insult');
  });

  it('a ticket page whose DOM it does not know: the panel says so, with a diagnostic report and no customer text', async () => {
    const url = 'https://acme.freshdesk.com/a/tickets/999';
    ext.serve(url, { html: '<!doctype html><title>[#999] Hola</title><body class="ember-application"><div class="brand-new-ui"><p>Hola, soy Ana y estoy furiosa</p></div></body>' });
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    const tabId = await ext.tabIdOf(page);
    const panel = await ext.openPanel(tabId);
    await panel.getByTestId('unreadable').waitFor({ timeout: 8000 });
    const saved = await ext.sw.evaluate(async (k) => JSON.stringify((await chrome.storage.session.get(k))[k]), `tab:${tabId}`);
    expect(saved).toContain('"status":"unreadable"');
    expect(saved).toContain('"checks"');
    expect(saved).not.toContain('furiosa');
    expect(await panel.evaluate(() => document.body.innerText)).not.toContain('furiosa');
    expect(errors).toEqual([]);
  });
});
