// @vitest-environment happy-dom
import { PLAYBOOKS } from '../../../src/coach/playbook/index.ts';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabState } from '../../../src/messaging/protocol.ts';
import { assess } from '../../../src/coach/situation.ts';
import { App } from '../../../src/ui/sidepanel/App.tsx';
import { mockConnector } from '../../../src/ui/shared/connector.ts';
import { classifier } from '../classify/helpers.ts';

const strings: Record<string, string> = { ticketLabel: 'Ticket #$1', allCalm: 'All calm' };
const i18n = { locale: 'en' as const, t: (k: string, s?: string | string[]) => (strings[k] ?? k).replace('$1', String(Array.isArray(s) ? s[0] : (s ?? ''))) };

function stateWith(texts: string[], tabId = 7): TabState {
  const messages = texts.map((text, i) => {
    const a = classifier.classify(text);
    return { id: String(i + 1), role: 'customer' as const, author: 'Ana', time: null, text, truncated: false, assessment: a, seenAt: 0 };
  });
  const guidance = assess({ messages: messages.map((m) => ({ id: m.id, tone: m.assessment.tone, flags: m.assessment.flags })) });
  return {
    version: 1,
    tabId,
    view: { instance: 'test', site: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/1', status: 'ticket', ticketId: '1', channel: 'email', requester: { name: 'Ana', id: '5' }, diagnostics: null },
    messages,
    guidance,
    updatedAt: 0,
  };
}

afterEach(cleanup);

describe('side panel', () => {
  it('renders each customer message with data-tone and data-flags, and a card per situation', async () => {
    const conn = mockConnector({ 7: stateWith(['Hola, gracias', 'Eres un idiota, quiero hablar con tu supervisor']) });
    render(<App connector={conn} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    await waitFor(() => expect(document.querySelectorAll('[data-testid="message"]').length).toBe(2));
    const [latest, first] = [...document.querySelectorAll('[data-testid="message"]')];
    expect(first.getAttribute('data-tone')).toBe('calm');
    expect(latest.getAttribute('data-flags')).toContain('insult');
    expect(latest.getAttribute('data-flags')).toContain('escalation_request');
    const cards = [...document.querySelectorAll('[data-testid="guidance"]')].map((c) => c.getAttribute('data-situation'));
    expect(cards).toEqual(['escalation', 'insult', 'calming']);
    expect(latest.querySelector('mark[data-flag="insult"]')?.textContent).toBe('idiota');
  });

  it('renders hostile markup as text: nothing is parsed or executed', async () => {
    const evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> <a href="javascript:alert(1)">x</a>';
    const conn = mockConnector({ 7: stateWith([evil]) });
    render(<App connector={conn} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    await waitFor(() => expect(document.querySelector('[data-testid="message"]')).toBeTruthy());
    const msg = document.querySelector('[data-testid="message"] .msg-text')!;
    expect(msg.textContent).toBe(evil);
    expect(msg.querySelector('script, img, a')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('follows live updates of its tab', async () => {
    const conn = mockConnector({ 7: stateWith(['Hola']) });
    render(<App connector={conn} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    await screen.findByText('All calm');
    conn.push(stateWith(['Hola', 'Sois unos incompetentes']));
    await waitFor(() => expect(document.querySelectorAll('[data-testid="message"]').length).toBe(2));
  });

  it('says plainly when a ticket cannot be read, with a diagnostic report to copy', async () => {
    const s = stateWith([]);
    s.view = { ...s.view, status: 'unreadable', diagnostics: { site: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/1', ticketId: '1', checks: [] } };
    render(<App connector={mockConnector({ 7: s })} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    await screen.findByTestId('unreadable');
    expect(screen.getByText('unreadableTitle')).toBeTruthy();
  });
});
