import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Ext } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page) {
  // through the DevTools protocol: the extension's CSP (rightly) refuses inline scripts
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe.run();
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  });
}

describe('accessibility (axe-core) of the extension pages in Chromium', () => {
  let ext: Ext;
  let tabId: number;
  beforeAll(async () => {
    ext = await launch();
    const url = 'https://acme.zendesk.com/agent/tickets/4821';
    ext.serve(url, { file: 'zendesk/agent-workspace-2025-11.html' });
    const page = await ext.context.newPage();
    await page.goto(url);
    tabId = await ext.tabIdOf(page);
  });
  afterAll(async () => ext?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it(`side panel with messages and cards, ${scheme} mode: no violations`, async () => {
      const panel = await ext.openPanel(tabId);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.locator('[data-testid="message"]').first().waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`side panel with every card open, the checklist, the flag form and then the flagged banner, ${scheme} mode: no violations`, async () => {
      const panel = await ext.openPanel(tabId);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.locator('[data-testid="guidance"]').first().waitFor();
      await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await panel.getByTestId('flag-customer').click();
      await panel.getByTestId('flag-form').waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.getByTestId('flag-note-input').fill('Nota');
      await panel.getByTestId('flag-save').click();
      await panel.getByTestId('flagged-banner').waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.getByTestId('unflag').click();
      await panel.close();
    });
  }

  it('popup: no violations', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/ui/popup/index.html`);
    await popup.locator('#open-panel').waitFor();
    expect(await violations(popup)).toEqual([]);
  });
});
