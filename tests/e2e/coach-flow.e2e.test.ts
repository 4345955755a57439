/**
 * The coach end to end, on a Zendesk page and a Freshdesk fixture: scripted customer messages arrive one at a time;
 * after each, the panel shows the expected cards in order (most urgent first) and the fatigue gate holds back what
 * it should; a card marked "Not helpful" stays away; a flagged requester's next ticket opens with the banner first.
 * Every wait is on the panel's DOM (the message of the step appearing), not on a clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendZendeskMessage, launch, type Ext } from './harness.ts';
import { freshdeskCustomerSays, zendeskTicket } from './scripted.ts';

const ZD = (ticket: string) => `https://acme.zendesk.com/agent/tickets/${ticket}`;
const FD = (ticket: string) => `https://acme.freshdesk.com/a/tickets/${ticket}`;
const FD_PAGE = 'freshdesk/ticket-view-2026-08.html';

const cards = (panel: Page) => panel.locator('[data-testid="guidance"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-situation')));
const held = (panel: Page) =>
  panel.locator('[data-testid="held"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-situation')}:${e.getAttribute('data-reason')}`).sort());

let seq = 0;
async function customerSays(page: Page, panel: Page, text: string) {
  const id = String(920000 + ++seq);
  await appendZendeskMessage(page, '4821', { id, text, author: 'Lucía Fernández', userId: '555' });
  await panel.locator(`[data-testid="message"][data-id="${id}"]`).waitFor({ timeout: 5000 });
}

async function bannerIsFirst(panel: Page) {
  await panel.getByTestId('flagged-banner').waitFor({ timeout: 5000 });
  return panel.evaluate(() => {
    const banner = document.querySelector('[data-testid="flagged-banner"]')!;
    const guidance = document.getElementById('guidance-h')!;
    return (banner.compareDocumentPosition(guidance) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
}

describe('coach flow in Chromium: cards per step, fatigue gate, not helpful, flagged customer', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    ext.serve(ZD('4821'), { html: zendeskTicket('4821') });
    ext.serve(ZD('4822'), { html: zendeskTicket('4822') });
    ext.serve(FD('352179'), { file: FD_PAGE });
    ext.serve(FD('352300'), { file: FD_PAGE });
  });
  afterAll(async () => ext?.close());

  it('Zendesk: a conversation that turns hostile, message by message', async () => {
    const page = await ext.context.newPage();
    await page.goto(ZD('4821'));
    const panel = await ext.openPanel(await ext.tabIdOf(page));

    await customerSays(page, panel, 'Hola, buenos días. Pedí un portátil el día 3 (pedido 48213) y todavía no ha llegado. ¿Me podéis decir dónde está?');
    expect(await cards(panel)).toEqual([]);
    await panel.getByTestId('all-calm').waitFor();

    await appendZendeskMessage(page, '4821', { id: '920900', text: 'Hola Lucía, gracias por escribirnos. Lo reviso ahora mismo.', role: 'agent', author: 'Carlos Ruiz', userId: '902' });
    await customerSays(page, panel, 'Es la tercera vez que escribo. Llevo dos semanas esperando y nadie me da una respuesta clara. Estoy harta.');
    expect(await cards(panel)).toEqual(['calming']);
    expect(await panel.locator('[data-situation="calming"] [data-testid="checklist"] input[type="checkbox"]').count()).toBeGreaterThanOrEqual(5);

    // an insult asks the agent to act: its card shows at once, above calming
    await customerSays(page, panel, '¿En serio? Sois unos inútiles, no tenéis ni idea.');
    expect(await cards(panel)).toEqual(['insult', 'calming']);
    expect(await held(panel)).toEqual([]);

    // "Not helpful" (on the second card, opened first) hides it at once; the worker remembers it for this ticket
    await panel.locator('[data-situation="calming"] > summary').click();
    await panel.locator('[data-situation="calming"] [data-testid="not-helpful"]').click();
    await expect.poll(() => cards(panel), { timeout: 2000 }).toEqual(['insult']);
    await expect.poll(() => held(panel), { timeout: 2000 }).toEqual(['calming:not-helpful']);
    await panel.reload();
    await panel.locator('[data-testid="guidance"]').first().waitFor();
    expect(await cards(panel)).toEqual(['insult']);

    // a legal threat shows at once; calming stays dismissed (its severity did not rise)
    await customerSays(page, panel, 'Si mañana no tengo el portátil o mi dinero, os denuncio ante la OCU y pido la hoja de reclamaciones.');
    expect(await cards(panel)).toEqual(['legal-threat', 'insult']);
    expect(await held(panel)).toEqual(['calming:not-helpful']);
    // the incident record downloads as text, with the customer's exact words
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-testid="record-txt"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^calma-incident-zendesk-4821-\d{8}-\d{4}\.txt$/);
    const record = readFileSync((await download.path())!, 'utf8');
    expect(record).toContain('os denuncio ante la OCU');

    // asking for a supervisor right after the threat card: the escalation card shows at once, with the handoff
    await customerSays(page, panel, 'Quiero hablar con un supervisor. YA.');
    expect(await cards(panel)).toEqual(['legal-threat', 'escalation', 'insult']);
    await panel.locator('[data-situation="escalation"] > summary').click();
    await panel.getByTestId('handoff-copy').waitFor();
    // the agent can still bring back a card they dismissed, by hand
    await panel.getByTestId('held-list').locator('summary').click();
    await panel.locator('[data-testid="held"][data-situation="calming"] button').click();
    expect(await cards(panel)).toEqual(['legal-threat', 'escalation', 'insult', 'calming']);

    // flag the requester; their next ticket, opened in a new tab, shows the banner before any card
    await panel.getByTestId('flag-customer').click();
    await panel.getByTestId('flag-note-input').fill('Amenazó con denunciar. Pedir a Marta que lo lleve.');
    await panel.getByTestId('flag-save').click();
    await panel.getByTestId('flagged-banner').waitFor();
    const next = await ext.context.newPage();
    await next.goto(ZD('4822'));
    const panel2 = await ext.openPanel(await ext.tabIdOf(next));
    // the requester writes again (Zendesk names the requester through their messages)
    await appendZendeskMessage(next, '4822', { id: '921001', text: 'Otra vez yo. El portátil sigue sin llegar.', author: 'Lucía Fernández', userId: '555' });
    expect(await bannerIsFirst(panel2)).toBe(true);
    expect(await panel2.getByTestId('flag-note').textContent()).toBe('Amenazó con denunciar. Pedir a Marta que lo lleve.');
    expect(await panel2.getByTestId('flag-tag').textContent()).toBe('calma_difficult_customer');
    // unflag from the second ticket: the banner goes from both panels
    await panel2.getByTestId('unflag').click();
    await panel.getByTestId('flagged-banner').waitFor({ state: 'detached', timeout: 2000 });
    await Promise.all([page.close(), next.close(), panel.close(), panel2.close()]);
  });

  it('Freshdesk: an angry ticket calms down; the flagged requester is recognised on another ticket', async () => {
    const page = await ext.context.newPage();
    await page.goto(FD('352179'));
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await panel.locator('[data-testid="message"]').first().waitFor({ timeout: 5000 });
    await expect.poll(() => cards(panel), { timeout: 3000 }).toEqual(['legal-threat', 'insult', 'calming']);
    // email: the channel-specific advice of the insult card is the email one
    expect(await panel.locator('[data-situation="insult"] .channel-note').count()).toBe(1);

    await freshdeskCustomerSays(page, panel, '43201458901', 'Vale, gracias por la respuesta.');
    await freshdeskCustomerSays(page, panel, '43201458902', 'Perfecto, quedo a la espera. Un saludo.');
    // two calm messages close the episode: abuse and calming cards go; the threat stays; recognition is new but
    // waits a moment after the cards shown just before (a gentle card never changes the panel every few seconds)
    expect(await cards(panel)).toEqual(['legal-threat']);
    expect(await held(panel)).toEqual(['recognition:cooldown']);
    // the agent can pull a held card out by hand
    await panel.getByTestId('held-list').locator('summary').click();
    await panel.locator('[data-testid="held"][data-situation="recognition"] button').click();
    expect(await cards(panel)).toEqual(['legal-threat', 'recognition']);

    await panel.getByTestId('flag-customer').click();
    await panel.getByTestId('flag-save').click(); // no note: optional
    const other = await ext.context.newPage();
    await other.goto(FD('352300'));
    const panel2 = await ext.openPanel(await ext.tabIdOf(other));
    expect(await bannerIsFirst(panel2)).toBe(true);
    expect(await panel2.getByTestId('flag-note').count()).toBe(0);
    // stored locally under the site and the requester's id
    const stored = await ext.sw.evaluate(async () => JSON.stringify(await chrome.storage.local.get('flag:freshdesk:43098765432')));
    expect(stored).toContain('"ticketId":"352179"');
    await Promise.all([page.close(), other.close(), panel.close(), panel2.close()]);
  });
});
