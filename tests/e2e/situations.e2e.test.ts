/**
 * The situations coach-flow does not walk through, one scripted conversation each, in Chromium: swearing, the
 * agent setting a limit and the customer crossing it (end the conversation), a physical threat; on Freshdesk the
 * same path in Spanish; and a card that left does not come back inside its cooldown.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendZendeskMessage, launch, type Ext } from './harness.ts';
import { freshdeskCustomerSays, zendeskTicket } from './scripted.ts';

const cards = (panel: Page) => panel.locator('[data-testid="guidance"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-situation')));
const held = (panel: Page) => panel.locator('[data-testid="held"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-situation')}:${e.getAttribute('data-reason')}`));

let seq = 0;
let ext: Ext;
async function says(page: Page, panel: Page, ticket: string, text: string, role: 'end-user' | 'agent' = 'end-user') {
  const id = String(950000 + ++seq);
  await appendZendeskMessage(page, ticket, role === 'agent' ? { id, text, role, author: 'Sam Agent', userId: '902' } : { id, text, author: 'Lucía Fernández', userId: '555' });
  if (role === 'end-user') {
    await panel.locator(`[data-testid="message"][data-id="${id}"]`).waitFor({ timeout: 5000 });
    return;
  }
  // agent replies are not listed in the panel: wait until the worker has the reply in the tab's state
  const key = `tab:${await ext.tabIdOf(page)}`;
  await expect
    .poll(() => ext.sw.evaluate(async ({ key, id }) => JSON.stringify((await chrome.storage.session.get(key))[key] ?? '').includes(`"id":"${id}"`), { key, id }), { timeout: 5000 })
    .toBe(true);
}

describe('scripted conversations per situation', () => {
  beforeAll(async () => {
    ext = await launch();
    for (const t of ['4901', '4902']) ext.serve(`https://acme.zendesk.com/agent/tickets/${t}`, { html: zendeskTicket(t) });
    ext.serve('https://acme.freshdesk.com/a/tickets/352179', { file: 'freshdesk/ticket-view-2026-08.html' });
  });
  afterAll(async () => ext?.close());

  it('Zendesk: swearing, a limit set by the agent and crossed, then a physical threat', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://acme.zendesk.com/agent/tickets/4901');
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await says(page, panel, '4901', 'This is fucking ridiculous, my order never arrived.');
    expect(await cards(panel)).toEqual(['vulgarity', 'calming']);
    // the agent sets a limit; the customer insults them anyway: inform, then end the conversation
    await says(page, panel, '4901', 'I want to help you, but please keep the language respectful or I will have to end this chat.', 'agent');
    await says(page, panel, '4901', 'You are a useless idiot.');
    expect((await cards(panel))[0]).toBe('end-conversation');
    expect(await cards(panel)).not.toContain('insult');
    await says(page, panel, '4901', 'I know where your office is. I will come down there and smash your face in.');
    expect((await cards(panel)).slice(0, 2)).toEqual(['physical-threat', 'end-conversation']);
    await Promise.all([panel.close(), page.close()]);
  });

  it('Zendesk: a card that left the panel does not come back inside its cooldown', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://acme.zendesk.com/agent/tickets/4902');
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await says(page, panel, '4902', 'Llevo dos semanas esperando y nadie me responde. Estoy harta.');
    expect(await cards(panel)).toEqual(['calming']);
    await says(page, panel, '4902', 'Vale, gracias por la respuesta.');
    await says(page, panel, '4902', 'Perfecto, quedo a la espera.');
    expect(await cards(panel)).not.toContain('calming');
    // upset again a moment later: the calming card would flap back; it waits out its cooldown instead
    await says(page, panel, '4902', 'Otra vez sin noticias. Estoy harta de esperar.');
    expect(await cards(panel)).not.toContain('calming');
    expect(await held(panel)).toContain('calming:cooldown');
    await Promise.all([panel.close(), page.close()]);
  });

  it('Freshdesk: swearing on top of insults, then a physical threat, in Spanish', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://acme.freshdesk.com/a/tickets/352179');
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await panel.locator('[data-testid="message"]').first().waitFor({ timeout: 5000 });
    await freshdeskCustomerSays(page, panel, '43201459001', 'Joder, qué mierda de servicio.');
    expect(await panel.locator('[data-testid="message"][data-id="43201459001"]').getAttribute('data-flags')).toContain('vulgarity');
    // this customer also insulted the staff earlier: the insult card speaks for the swearing too
    expect(await cards(panel)).toEqual(['legal-threat', 'insult', 'calming']);
    await freshdeskCustomerSays(page, panel, '43201459002', 'Sé dónde está vuestra oficina. Voy a ir y os rompo la cara.');
    expect((await cards(panel))[0]).toBe('physical-threat');
    await Promise.all([panel.close(), page.close()]);
  });
});
