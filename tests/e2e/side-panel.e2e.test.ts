/**
 * The REAL Chrome side panel (opened from the popup: a click there is the user gesture sidePanel.open needs)
 * follows the active browser tab: two helpdesk tabs with different tickets, switching between them switches
 * the panel within one second. The panel is not a Playwright page; it is read over the DevTools protocol.
 */
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Ext } from './harness.ts';

async function panelSession(ext: Ext): Promise<{ cdp: CDPSession; evaluate: (expr: string) => Promise<unknown> }> {
  const cdp = await ext.context.browser()!.newBrowserCDPSession();
  let target: { targetId: string } | undefined;
  for (let i = 0; i < 50 && !target; i++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    target = targetInfos.find((t) => t.url.includes('/src/ui/sidepanel/index.html') && !t.url.includes('?tab='));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('the side panel did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let id = 0;
  const pending = new Map<number, (v: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, ((e: { message: string }) => {
    const m = JSON.parse(e.message) as { id: number; result?: { result?: { value?: unknown } } };
    pending.get(m.id)?.(m.result?.result?.value);
  }) as never);
  const evaluate = (expression: string) =>
    new Promise<unknown>((resolve) => {
      const n = ++id;
      pending.set(n, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
    });
  return { cdp, evaluate };
}

describe('the real side panel follows the active tab', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(async () => ext?.close());

  it('two Zendesk and two Freshdesk tabs with different tickets: switching tabs switches the panel within one second', async () => {
    ext.serve('https://acme.zendesk.com/agent/tickets/4821', { file: 'zendesk/agent-workspace-2025-11.html' });
    ext.serve('https://acme.zendesk.com/agent/tickets/4790', { file: 'zendesk/agent-workspace-2024-08.html' });
    ext.serve('https://acme.freshdesk.com/a/tickets/352179', { file: 'freshdesk/ticket-view-2026-08.html' });
    ext.serve('https://other.freshdesk.com/a/tickets/352180', { file: 'freshdesk/ticket-view-2023-06.html' });
    const zd = await ext.context.newPage();
    await zd.goto('https://acme.zendesk.com/agent/tickets/4821');
    const zd2 = await ext.context.newPage();
    await zd2.goto('https://acme.zendesk.com/agent/tickets/4790');
    const fd = await ext.context.newPage();
    await fd.goto('https://acme.freshdesk.com/a/tickets/352179');
    const fd2 = await ext.context.newPage();
    await fd2.goto('https://other.freshdesk.com/a/tickets/352180');

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/ui/popup/index.html`);
    await popup.click('#open-panel');
    const panel = await panelSession(ext);
    const ticket = () => panel.evaluate(`document.querySelector('[data-testid="ticket-id"]')?.textContent ?? ''`) as Promise<string>;

    for (const [page, id] of [[zd, '4821'], [zd2, '4790'], [fd, '352179'], [fd2, '352180'], [zd, '4821'], [fd, '352179']] as const) {
      const t0 = Date.now();
      await page.bringToFront();
      await expect.poll(ticket, { timeout: 1000, interval: 50 }).toContain(id);
      expect(Date.now() - t0).toBeLessThan(1000);
    }
    await panel.cdp.detach();
  });
});
