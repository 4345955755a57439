/**
 * Scripted conversations for the end-to-end tests: an empty Zendesk ticket for a given requester, and Freshdesk
 * replies rendered like the fixture's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness.ts';

/** The demo's empty Agent Workspace ticket (src/cli/demo/zendesk-ticket.html), for requester 555. */
export function zendeskTicket(ticket: string): string {
  return readFileSync(join(ROOT, 'src/cli/demo/zendesk-ticket.html'), 'utf8')
    .replaceAll('{{TICKET}}', ticket)
    .replaceAll('{{SUBJECT}}', 'Pedido 48213')
    .replaceAll('{{REQUESTER}}', 'Lucía Fernández')
    .replaceAll('{{REQUESTER_ID}}', '555')
    .replaceAll('{{REQUESTER_LABEL}}', 'Solicitante');
}

/** A Freshdesk requester reply, rendered like the fixture's own (cloned from its last customer reply). */
export async function freshdeskCustomerSays(page: Page, panel: Page, id: string, text: string) {
  await page.evaluate(
    ({ id, text }) => {
      const last = document.querySelector('[data-album="note_43201458808"]')!.closest('.ticket-details__item')!;
      const item = last.cloneNode(true) as HTMLElement;
      item.removeAttribute('id');
      item.querySelector('[data-album]')!.setAttribute('data-album', `note_${id}`);
      item.querySelector('[data-test-id^="conversation-4"]')!.setAttribute('data-test-id', `conversation-${id}`);
      const note = item.querySelector('.ticket_note')!;
      note.setAttribute('data-note-id', id);
      note.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
      document.querySelector('.ticket-details__item.rich-editor')!.before(item);
    },
    { id, text },
  );
  await panel.locator(`[data-testid="message"][data-id="${id}"]`).waitFor({ timeout: 5000 });
}

