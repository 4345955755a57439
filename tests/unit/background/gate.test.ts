/**
 * The worker's wiring of the fatigue gate, feedback and the tab state, with an in-memory extension storage in place
 * of webextension-polyfill (the modules under test only reach the browser through src/platform/browser.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const areas = vi.hoisted(() => {
  const area = () => {
    let data: Record<string, unknown> = {};
    return {
      get data() {
        return data;
      },
      reset: () => (data = {}),
      async get(k: string | null) {
        if (k === null) return { ...data };
        return k in data ? { [k]: structuredClone(data[k]) } : {};
      },
      async set(o: Record<string, unknown>) {
        Object.assign(data, structuredClone(o));
      },
      async remove(k: string) {
        delete data[k];
      },
    };
  };
  return { session: area(), local: area() };
});

vi.mock('../../../src/platform/browser.ts', () => ({
  browser: { storage: { session: areas.session, local: areas.local } },
  sessionArea: () => areas.session,
  t: (k: string) => k,
  uiLanguage: () => 'en',
}));

import { feedbackKey, NEW_CARD_COOLDOWN_MS } from '../../../src/coach/fatigue.ts';
import { applyGate, forgetFeedback, MAX_FEEDBACK, onNotHelpful, regateIfDue } from '../../../src/background/gate.ts';
import { onPageView, onTicketMessages } from '../../../src/background/handlers.ts';
import { forgetStates, loadState } from '../../../src/background/tab-state.ts';
import type { PageView, TabState } from '../../../src/messaging/protocol.ts';

const TAB = 3;
const view = (ticketId = '77'): PageView => ({
  instance: 'i1',
  site: 'zendesk',
  url: `https://acme.zendesk.com/agent/tickets/${ticketId}`,
  status: 'ticket',
  ticketId,
  channel: 'messaging',
  requester: { name: 'Ana', id: '5' },
  diagnostics: null,
});
let n = 0;
const say = (text: string, ticketId = '77') => onTicketMessages(TAB, ticketId, [{ id: `m${++n}`, role: 'customer', author: 'Ana', time: null, text }]);

beforeEach(() => {
  areas.session.reset();
  areas.local.reset();
  forgetFeedback();
  forgetStates();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 10, 27, 10, 0));
});
afterEach(() => vi.useRealTimers());

describe('worker: fatigue gate per tab', () => {
  it('keeps the gate memory in the tab state (storage.session) and holds a new gentle card for a moment', async () => {
    await onPageView(TAB, view());
    let s = await say('Sois unos inútiles, no tenéis ni idea.');
    expect(s?.gate?.show).toEqual(['insult', 'calming']);
    expect(s?.gate?.fresh).toEqual(['insult', 'calming']);
    vi.setSystemTime(Date.now() + 5_000);
    await say('Vale, ya lo veo.');
    s = await say('Perfecto, gracias por la ayuda.');
    // the customer calmed down: the abuse cards go, recognition is new but waits a moment after the last cards
    expect(s?.guidance.situations).toEqual(['recognition']);
    expect(s?.gate?.show).toEqual([]);
    expect(s?.gate?.held).toEqual([{ situation: 'recognition', reason: 'cooldown', until: expect.any(Number) }]);
    expect(s?.gate?.recheckAt).toBe(s!.gate!.held[0].until);
    // what is stored is what the panel gets: a restarted worker reads the same memory back
    expect((await loadState(TAB))?.gate?.shown.map((c) => c.situation).sort()).toEqual(['calming', 'insult']);

    // the wait runs out: a re-check (timer, next message or panel subscription) shows the held card
    expect((await regateIfDue(TAB))?.gate?.show).toEqual([]); // not due yet: unchanged
    vi.setSystemTime(s!.gate!.recheckAt! + 1);
    s = await regateIfDue(TAB);
    expect(s?.gate?.show).toEqual(['recognition']);
    expect(s?.gate?.fresh).toEqual(['recognition']);
    expect(s?.gate?.recheckAt).toBeNull();
  });

  it('threats skip the cooldown', async () => {
    await onPageView(TAB, view());
    await say('Sois unos inútiles.');
    vi.setSystemTime(Date.now() + 1_000);
    const s = await say('Os voy a denunciar, hablaré con mi abogado.');
    expect(s?.gate?.show[0]).toBe('legal-threat');
  });

  it('"not helpful" is stored under feedbackKey(site, ticket) in storage.local and keeps the card away on that ticket', async () => {
    await onPageView(TAB, view());
    await say('Estoy harta, esto es una vergüenza.');
    expect(await onNotHelpful(TAB, 'calming')).toEqual({ ok: true });
    const stored = areas.local.data[feedbackKey('zendesk', '77')] as { situation: string }[];
    expect(stored.map((f) => f.situation)).toEqual(['calming']);
    let s = await loadState(TAB);
    expect(s?.gate?.show).toEqual([]);
    expect(s?.gate?.held).toEqual([{ situation: 'calming', reason: 'not-helpful', until: null }]);
    vi.setSystemTime(Date.now() + NEW_CARD_COOLDOWN_MS * 2);
    s = await say('Sigo esperando, qué vergüenza.');
    expect(s?.gate?.show).not.toContain('calming');
    // another ticket in the same tab knows nothing of it
    await onPageView(TAB, { ...view('78'), instance: 'i2' });
    s = await say('Estoy harta, esto es una vergüenza.', '78');
    expect(s?.gate?.show).toContain('calming');
  });

  it('"not helpful" for a card the coach does not list, or with no ticket, stores nothing', async () => {
    await onPageView(TAB, view());
    expect(await onNotHelpful(TAB, 'legal-threat')).toEqual({ ok: false });
    expect(await onNotHelpful(99, 'calming')).toEqual({ ok: false });
    expect(Object.keys(areas.local.data)).toEqual([]);
  });

  it('keeps at most MAX_FEEDBACK records per ticket', async () => {
    await onPageView(TAB, view());
    await say('Estoy harta, esto es una vergüenza.');
    areas.local.data[feedbackKey('zendesk', '77')] = Array.from({ length: MAX_FEEDBACK }, (_, i) => ({ situation: 'insult', severity: 2, evidence: 1, at: i }));
    forgetFeedback(); // a direct write: the browser would have sent storage.onChanged
    await onNotHelpful(TAB, 'calming');
    const list = areas.local.data[feedbackKey('zendesk', '77')] as { situation: string }[];
    expect(list.length).toBe(MAX_FEEDBACK);
    expect(list.at(-1)!.situation).toBe('calming');
  });

  it('applyGate over a state from an older version (no gate) shows every listed card', () => {
    const s = {
      version: 1,
      tabId: 1,
      view: view(),
      messages: [],
      guidance: { level: 3, situations: ['legal-threat', 'calming'], because: { 'legal-threat': ['a'], calming: ['a'] } },
      updatedAt: 0,
    } as TabState;
    expect(applyGate(s, [], 1000).gate).toMatchObject({ show: ['legal-threat', 'calming'], fresh: ['legal-threat', 'calming'], held: [] });
  });
});
