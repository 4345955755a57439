// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coach } from '../../../src/coach/conversation.ts';
import { PLAYBOOKS } from '../../../src/coach/playbook/index.ts';
import { checksKey, flagKey, type FlaggedCustomer, type StoredMessage, type TabState } from '../../../src/messaging/protocol.ts';
import { breathingAt, BreathingExercise } from '../../../src/ui/components/CardExtras.tsx';
import { Popup } from '../../../src/ui/popup/Popup.tsx';
import { App } from '../../../src/ui/sidepanel/App.tsx';
import { mockConnector } from '../../../src/ui/shared/connector.ts';
import { classifier } from '../classify/helpers.ts';

const t = (k: string, s?: string | string[]) => {
  const subs = Array.isArray(s) ? s : s === undefined ? [] : [s];
  return subs.length ? `${k}(${subs.join('|')})` : k;
};
const i18n = { locale: 'en' as const, t };
const NOW = Date.UTC(2026, 10, 27, 10, 0);

function stateWith(texts: (string | { agent: string })[], opts: { ended?: boolean; ticketId?: string; requesterId?: string; tabId?: number } = {}): TabState {
  const messages: StoredMessage[] = texts.map((x, i) => {
    const id = String(i + 1);
    const time = new Date(NOW - (texts.length - i) * 60_000).toISOString();
    if (typeof x !== 'string') return { id, role: 'agent', author: 'Carl', time, text: x.agent, truncated: false, assessment: null, seenAt: 0 };
    return { id, role: 'customer', author: 'Ana', time, text: x, truncated: false, assessment: classifier.classify(x), seenAt: 0 };
  });
  const guidance = coach({
    messages: messages.map((m) => ({ id: m.id, role: m.role, time: Date.parse(m.time!), tone: m.assessment?.tone ?? null, flags: m.assessment?.flags ?? [], text: m.role === 'agent' ? m.text : undefined })),
    channel: 'email',
    ended: opts.ended,
  });
  const ticketId = opts.ticketId ?? '1';
  return {
    version: 1,
    tabId: opts.tabId ?? 7,
    view: { instance: 'x', site: 'zendesk', url: `https://acme.zendesk.com/agent/tickets/${ticketId}`, status: 'ticket', ticketId, channel: 'email', requester: { name: 'Ana', id: opts.requesterId ?? '5' }, diagnostics: null },
    messages,
    guidance,
    updatedAt: 1,
  };
}
const cards = () => [...document.querySelectorAll('[data-testid="guidance"]')].map((c) => c.getAttribute('data-situation'));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('cards in the side panel', () => {
  it('renders only the cards the gate shows, in order, and names the held ones with the reason', async () => {
    const s = stateWith(['Estoy harta, esto es una vergüenza.', 'Sois unos inútiles.']);
    expect(s.guidance.situations).toEqual(['insult', 'calming']);
    s.gate = { show: ['calming'], fresh: [], held: [{ situation: 'insult', reason: 'cooldown', until: NOW + 60_000 }], shown: [], recheckAt: NOW + 60_000, at: NOW };
    render(<App connector={mockConnector({ 7: s })} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    await waitFor(() => expect(cards()).toEqual(['calming']));
    const held = screen.getByTestId('held');
    expect(held.getAttribute('data-situation')).toBe('insult');
    expect(held.textContent).toContain(PLAYBOOKS.en.insult.title);
    expect(held.textContent).toContain('heldCooldown(');
    fireEvent.click(held.querySelector('button')!);
    await waitFor(() => expect(cards()).toEqual(['insult', 'calming']));
    expect((document.querySelector('[data-situation="insult"]') as HTMLDetailsElement).open).toBe(true);
  });

  it('"Not helpful" hides the card at once and tells the worker', async () => {
    const conn = mockConnector({ 7: stateWith(['Estoy harta, esto es una vergüenza.']) });
    render(<App connector={conn} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    await waitFor(() => expect(cards()).toEqual(['calming']));
    fireEvent.click(screen.getByTestId('not-helpful'));
    await waitFor(() => expect(cards()).toEqual([]));
    expect(conn.dismissed).toEqual([{ tabId: 7, situation: 'calming' }]);
  });

  it('calming checklist: real checkboxes, ticks kept per ticket in storage.session', async () => {
    const conn = mockConnector({ 7: stateWith(['Estoy harta, esto es una vergüenza.']) });
    const { unmount } = render(<App connector={conn} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    const boxes = await waitFor(() => {
      const b = document.querySelectorAll<HTMLInputElement>('[data-testid="checklist"] input[type="checkbox"]');
      expect(b.length).toBe(PLAYBOOKS.en.calming.checklist!.length);
      return b;
    });
    // each box has a label (keyboard and screen reader users reach it by name)
    for (const b of boxes) expect(document.querySelector(`label[for="${b.id}"]`)?.textContent).toBeTruthy();
    fireEvent.click(boxes[0]);
    fireEvent.click(boxes[2]);
    await waitFor(() => expect(conn.session.data[checksKey('zendesk', '1')]).toEqual(['listen', 'vent']));
    unmount();
    render(<App connector={conn} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    await waitFor(() => expect([...document.querySelectorAll<HTMLInputElement>('[data-testid="checklist"] input')].map((b) => b.checked).filter(Boolean).length).toBe(2));
  });

  it('threat cards: the incident record downloads as .txt and .json, with the exact words', async () => {
    const s = stateWith(['Estoy harta.', { agent: 'Lo siento mucho, lo reviso ahora.' }, 'Os voy a denunciar, hablaré con mi abogado. <b>hola</b>']);
    expect(s.guidance.situations[0]).toBe('legal-threat');
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:x');
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<App connector={mockConnector({ 7: s })} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} now={() => NOW} />);
    fireEvent.click(await screen.findByTestId('record-txt'));
    fireEvent.click(screen.getByTestId('record-json'));
    expect(names).toEqual(['calma-incident-zendesk-1-20261127-1000.txt', 'calma-incident-zendesk-1-20261127-1000.json']);
    const text = await blobs[0].text();
    expect(text).toContain('Os voy a denunciar, hablaré con mi abogado. <b>hola</b>');
    const json = JSON.parse(await blobs[1].text());
    expect(json.threats[0]).toMatchObject({ type: 'legal', messageId: '3', words: 'Os voy a denunciar, hablaré con mi abogado. <b>hola</b>' });
    expect(json.threats[0].time).toBe(new Date(NOW - 60_000).toISOString());
    click.mockRestore();
    // the hostile markup stayed text in the panel too
    expect(document.querySelector('.msg-text b')).toBeNull();
  });

  it('escalation card: copy the handoff summary for the supervisor', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (x: string) => void writes.push(x) }, configurable: true });
    render(<App connector={mockConnector({ 7: stateWith(['Quiero hablar con un supervisor ya.']) })} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    fireEvent.click(await screen.findByTestId('handoff-copy'));
    await waitFor(() => expect(writes.length).toBe(1));
    expect(writes[0]).toContain('HANDOFF SUMMARY');
    expect(writes[0]).toContain('supervisor ya');
  });

  it('cool-down card (ticket ended after hostility) carries the breathing exercise', async () => {
    const s = stateWith(['Sois unos inútiles.'], { ended: true });
    expect(s.guidance.situations).toEqual(['cool-down']);
    render(<App connector={mockConnector({ 7: s })} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    const b = await screen.findByTestId('breathing');
    expect(b.getAttribute('data-state')).toBe('idle');
    expect(b.textContent).toContain(PLAYBOOKS.en['cool-down'].breathing!.intro);
  });

  it('announces new cards in a live region: threats assertively, others politely', async () => {
    const conn = mockConnector({ 7: stateWith(['Hola, ¿dónde está mi pedido?']) });
    render(<App connector={conn} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} />);
    await screen.findByTestId('all-calm');
    act(() => conn.push({ ...stateWith(['Hola', 'Estoy harta, esto es una vergüenza.']), updatedAt: 2 }));
    await waitFor(() => expect(screen.getByTestId('announce-polite').textContent).toBe(`announceCards(${PLAYBOOKS.en.calming.title})`));
    act(() => conn.push({ ...stateWith(['Hola', 'Estoy harta.', 'Os voy a denunciar.']), updatedAt: 3 }));
    await waitFor(() => expect(screen.getByTestId('announce-assertive').textContent).toContain(PLAYBOOKS.en['legal-threat'].title));
  });
});

describe('breathing exercise', () => {
  const spec = PLAYBOOKS.en['cool-down'].breathing!;
  it('phases loop in order with a countdown, and end after totalSeconds', () => {
    expect(breathingAt(spec, 0)).toMatchObject({ phase: { kind: 'inhale' }, phaseLeft: 4, left: 60, done: false });
    expect(breathingAt(spec, 4.2)).toMatchObject({ phase: { kind: 'hold' }, phaseLeft: 2 });
    expect(breathingAt(spec, 7)).toMatchObject({ phase: { kind: 'exhale' }, phaseLeft: 5 });
    expect(breathingAt(spec, 12)).toMatchObject({ phase: { kind: 'inhale' } });
    expect(breathingAt(spec, 60)).toMatchObject({ done: true, left: 0 });
  });

  it('start shows the cue in words and a countdown; reduced motion: no circle', async () => {
    let now = NOW;
    for (const reduce of [false, true]) {
      window.matchMedia = ((q: string) => ({ matches: reduce && q.includes('reduce'), media: q })) as unknown as typeof window.matchMedia;
      const { unmount } = render(<BreathingExercise spec={spec} t={t} now={() => now} />);
      fireEvent.click(screen.getByText('breathingStart'));
      const b = screen.getByTestId('breathing');
      expect(b.getAttribute('data-phase')).toBe('inhale');
      expect(b.textContent).toContain('Breathe in');
      expect(b.textContent).toContain('breathingLeft(1:00)');
      expect(!!b.querySelector('.breath-circle')).toBe(!reduce);
      unmount();
      now += 1;
    }
  });
});

describe('flagged customer', () => {
  it('flag with a note → stored in storage.local by site and requester; the banner shows first on their other ticket, with the tag', async () => {
    const conn = mockConnector({ 7: stateWith(['Hola'], { ticketId: '1' }), 8: stateWith(['Otra vez yo'], { ticketId: '2', tabId: 8 }) });
    const first = render(<App connector={conn} pinnedTab={7} i18n={i18n} playbook={PLAYBOOKS.en} now={() => NOW} />);
    fireEvent.click(await screen.findByTestId('flag-customer'));
    fireEvent.input(screen.getByTestId('flag-note-input'), { target: { value: 'Grita mucho <script>' } });
    fireEvent.click(screen.getByTestId('flag-save'));
    const key = flagKey('zendesk', { name: 'Ana', id: '5' })!;
    await waitFor(() => expect(conn.local.data[key]).toMatchObject({ site: 'zendesk', requesterKey: '5', note: 'Grita mucho <script>', at: NOW, ticketId: '1' }));
    first.unmount();

    render(<App connector={conn} pinnedTab={8} i18n={i18n} playbook={PLAYBOOKS.en} />);
    const banner = await screen.findByTestId('flagged-banner');
    expect(banner.compareDocumentPosition(document.getElementById('guidance-h')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('flag-note').textContent).toBe('Grita mucho <script>');
    expect(screen.getByTestId('flag-tag').textContent).toBe('calma_difficult_customer');
    expect(screen.queryByTestId('flag-customer')).toBeNull();
    fireEvent.click(screen.getByTestId('unflag'));
    await waitFor(() => expect(screen.queryByTestId('flagged-banner')).toBeNull());
    expect(conn.local.data[key]).toBeUndefined();
  });

  it('a requester with no id is flagged by name', () => {
    expect(flagKey('freshdesk', { name: ' Linda Carter ', id: null })).toBe('flag:freshdesk:name:linda carter');
    expect(flagKey('freshdesk', { name: null, id: null })).toBeNull();
    expect(flagKey('freshdesk', null)).toBeNull();
  });
});

describe('popup', () => {
  it('level in dots and words, the most urgent card shown, and the flag', async () => {
    const s = stateWith(['Os voy a denunciar, hablaré con mi abogado.']);
    const flag: FlaggedCustomer = { site: 'zendesk', requesterKey: '5', name: 'Ana', note: 'ojo', at: NOW, ticketId: '0' };
    const conn = mockConnector({ 7: s });
    await conn.local.set(flagKey('zendesk', s.view.requester)!, flag);
    render(<Popup connector={conn} i18n={i18n} openPanel={() => undefined} />);
    await waitFor(() => expect(screen.getByTestId('level').textContent).toContain('level_3'));
    expect(screen.getByTestId('level').textContent).toContain('●●●');
    expect(screen.getByTestId('top-situation').textContent).toBe(`popupTop(${PLAYBOOKS.en['legal-threat'].title})`);
    await screen.findByTestId('flagged-banner');
    expect(screen.queryByTestId('unflag')).toBeNull();
  });
});
