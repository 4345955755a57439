import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Ext } from './harness.ts';

/**
 * When the agent marks a hostile ticket solved, the panel turns to the agent: the cool-down card replaces the
 * conversation's cards. Status controls differ per helpdesk; both fixtures show one.
 */
async function situations(panel: Page) {
  return panel.locator('[data-testid="guidance"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-situation')));
}

describe('a solved ticket after a hostile conversation brings the cool-down', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(async () => ext?.close());

  it('Zendesk: status "Resuelto" on the active ticket', async () => {
    const url = 'https://acme.zendesk.com/agent/tickets/4821';
    ext.serve(url, { file: 'zendesk/agent-workspace-2025-11.html' });
    const page = await ext.context.newPage();
    await page.goto(url);
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await expect.poll(() => situations(panel), { timeout: 5000 }).toContain('legal-threat');
    await page.evaluate(() => {
      document.querySelector('[data-calma-fixture="status"] span')!.textContent = 'Resuelto';
    });
    await expect.poll(() => situations(panel), { timeout: 3000 }).toEqual(['cool-down']);
    await page.evaluate(() => {
      document.querySelector('[data-calma-fixture="status"] span')!.textContent = 'Abierto';
    });
    await expect.poll(() => situations(panel), { timeout: 3000 }).toContain('legal-threat');
    await panel.close();
    await page.close();
  });

  it('Freshdesk: status "Resolved" in the properties', async () => {
    const url = 'https://acme.freshdesk.com/a/tickets/352179';
    ext.serve(url, { file: 'freshdesk/ticket-view-2026-08.html' });
    const page = await ext.context.newPage();
    await page.goto(url);
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await expect.poll(async () => (await situations(panel)).length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(await situations(panel)).not.toContain('cool-down');
    await page.evaluate(() => {
      document.querySelector('[data-test-id="tkt-properties-status"] .ember-power-select-selected-item')!.textContent = 'Resolved';
    });
    await expect.poll(() => situations(panel), { timeout: 3000 }).toEqual(['cool-down']);
    await panel.close();
    await page.close();
  });
});
