// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { freshdesk } from '../../../src/sites/freshdesk/adapter.ts';
import { isEndedStatus } from '../../../src/sites/status.ts';
import { zendesk } from '../../../src/sites/zendesk/adapter.ts';

const ROOT = join(import.meta.dirname, '../../fixtures/pages');

function page(site: string, file: string, url: string) {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(readFileSync(join(ROOT, site, file), 'utf8'));
  return window.document as unknown as Document;
}

function endedOf(out: ReturnType<typeof zendesk.read>): boolean {
  if (out.status !== 'ticket') throw new Error(`expected a ticket, got ${out.status}`);
  return out.ticket.ended;
}

describe('ticket status words', () => {
  it.each(['Solved', 'Resuelto', 'CERRADO', 'Closed', 'Resolved', 'resolvido', 'Geschlossen', 'Solved: 2 days ago'])('%s is a finished ticket', (w) => {
    expect(isEndedStatus(w)).toBe(true);
  });
  it.each(['Open', 'Abierto', 'Pending', 'Pendiente', 'En espera', 'On-hold', 'New', 'Nuevo', '', 'Waiting on customer', 'Open · solved once before', 'Not solved'])(
    '%s is not',
    (w) => {
      expect(isEndedStatus(w)).toBe(false);
    },
  );
});

describe('Zendesk: the active ticket’s status field', () => {
  const url = new URL('https://acme.zendesk.com/agent/tickets/4821');
  it('reads "Abierto" as open and "Resuelto" as ended', () => {
    const doc = page('zendesk', 'agent-workspace-2025-11.html', url.href);
    expect(endedOf(zendesk.read(doc, url))).toBe(false);
    doc.querySelector('[data-calma-fixture="status"] span')!.textContent = 'Resuelto';
    expect(endedOf(zendesk.read(doc, url))).toBe(true);
  });
  it('never reads another mounted ticket’s status', () => {
    const doc = page('zendesk', 'agent-workspace-2025-11.html', url.href);
    const other = doc.querySelector('.ticket-panes-grid-layout[data-ticket-id="4790"] #ticket_sidebar, [data-ticket-id="4790"] #ticket_sidebar');
    expect(other).not.toBeNull();
    other!.insertAdjacentHTML('beforeend', '<label>Estado</label><div class="field"><span>Cerrado</span></div>');
    expect(endedOf(zendesk.read(doc, url))).toBe(false);
  });
  it('a page with no status field is not ended', () => {
    const doc = page('zendesk', 'agent-workspace-2024-08.html', url.href);
    expect(endedOf(zendesk.read(doc, url))).toBe(false);
  });
});

describe('Freshdesk: the properties status', () => {
  const url = new URL('https://acme.freshdesk.com/a/tickets/352179');
  it('reads "Open" as open and "Resolved"/"Closed" as ended', () => {
    const doc = page('freshdesk', 'ticket-view-2026-08.html', url.href);
    expect(endedOf(freshdesk.read(doc, url))).toBe(false);
    const value = doc.querySelector('[data-test-id="tkt-properties-status"] .ember-power-select-selected-item')!;
    value.textContent = 'Resolved';
    expect(endedOf(freshdesk.read(doc, url))).toBe(true);
    value.textContent = 'Closed';
    expect(endedOf(freshdesk.read(doc, url))).toBe(true);
  });
});
