import { assess } from '../coach/situation.ts';
import { STORED_TEXT_CHARS, type PageView, type StoredMessage, type TabState } from '../messaging/protocol.ts';
import type { ReadMessage } from '../sites/types.ts';
import { classifier } from './classifier.ts';
import { emptyState, updateState } from './tab-state.ts';

/** Keep the panel's evidence inside the text it shows. */
function clip(m: ReadMessage, now: number): StoredMessage {
  const truncated = m.text.length > STORED_TEXT_CHARS;
  const text = truncated ? m.text.slice(0, STORED_TEXT_CHARS) : m.text;
  let assessment: StoredMessage['assessment'] = null;
  if (m.role === 'customer') {
    const a = classifier().classify(m.text);
    assessment = {
      ...a,
      evidence: a.evidence.filter((e) => e.end <= text.length),
      cues: a.cues.filter((c) => c.end <= text.length).slice(0, 50),
    };
  }
  return { id: m.id, role: m.role, author: m.author, time: m.time, text, truncated, assessment, seenAt: now };
}

function withGuidance(s: TabState): TabState {
  const messages = s.messages
    .filter((m) => m.role === 'customer' && m.assessment)
    .map((m) => ({ id: m.id, tone: m.assessment!.tone, flags: m.assessment!.flags }));
  return { ...s, guidance: assess({ messages }) };
}

export function onPageView(tabId: number, view: PageView) {
  return updateState(tabId, (prev) => {
    const sameTicket =
      prev && prev.view.instance === view.instance && prev.view.site === view.site && prev.view.ticketId === view.ticketId && view.ticketId !== null;
    if (sameTicket) return { ...prev, view };
    return withGuidance(emptyState(tabId, view));
  });
}

export function onTicketMessages(tabId: number, ticketId: string, incoming: ReadMessage[]) {
  return updateState(tabId, (prev) => {
    if (!prev || prev.view.ticketId !== ticketId) return prev; // a late message from a ticket we left
    const now = Date.now();
    const byId = new Map(prev.messages.map((m, i) => [m.id, i]));
    const messages = [...prev.messages];
    for (const m of incoming) {
      const i = byId.get(m.id);
      if (i === undefined) {
        byId.set(m.id, messages.length);
        messages.push(clip(m, now));
      } else if (messages[i].text !== m.text.slice(0, STORED_TEXT_CHARS) || messages[i].role !== m.role) {
        messages[i] = { ...clip(m, now), seenAt: messages[i].seenAt };
      }
    }
    return withGuidance({ ...prev, messages });
  });
}

export function onTabClosed(tabId: number) {
  return updateState(tabId, () => null);
}
