import { coach } from '../coach/conversation.ts';
import { checkDraft } from '../coach/draft.ts';
import type { ConvMessage, LimitCrossing } from '../coach/facts.ts';
import { FLAG_IDS, type FlagId, type Tone } from '../classify/types.ts';
import { DETAILED_MESSAGES, MAX_DRAFT_CHARS, STORED_TEXT_CHARS, type OlderMessage, type PageView, type StoredMessage, type TabState } from '../messaging/protocol.ts';
import type { ReadMessage } from '../sites/types.ts';
import { classifier } from './classifier.ts';
import { gated } from './gate.ts';
import { settingsNow } from './settings.ts';
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

const ROLE_NAME = { c: 'customer', a: 'agent', i: 'internal', e: 'external' } as const;

/** The coach reads the whole ticket: customer messages for tone and flags, agent replies for what was already said. */
function withGuidance(s: TabState): TabState {
  const older: ConvMessage[] = (s.older ?? []).map(unfold).map((m) => ({
    id: m.id,
    role: ROLE_NAME[m.role as keyof typeof ROLE_NAME] ?? m.role,
    time: null,
    tone: m.tone,
    flags: m.flags,
  }));
  const recent: ConvMessage[] = s.messages.map((m) => ({
    id: m.id,
    role: m.role,
    time: m.time ? Date.parse(m.time) || null : null,
    tone: m.assessment?.tone ?? null,
    flags: m.assessment?.flags ?? [],
    text: m.role === 'agent' ? m.text : undefined,
  }));
  // a solved or closed ticket ends the conversation: the coach then offers the cool-down if it was hostile
  // the page's channel, or the agent's default when the page does not say
  const channel = s.view.channel ?? settingsNow().profile.channel;
  return { ...s, guidance: coach({ messages: [...older, ...recent], channel, ended: s.view.ticketEnded === true, limits: s.limits }) };
}

export function onPageView(tabId: number, view: PageView) {
  return updateState(tabId, async (prev) => {
    const sameTicket =
      prev && prev.view.instance === view.instance && prev.view.site === view.site && prev.view.ticketId === view.ticketId && view.ticketId !== null;
    if (sameTicket) {
      // a ticket marked solved (or reopened) changes the coaching at once
      if (prev.view.ticketEnded !== view.ticketEnded) return gated(withGuidance({ ...prev, view }));
      const now = Date.now();
      const due = !prev.gate || (prev.gate.recheckAt !== null && prev.gate.recheckAt <= now);
      return due ? gated({ ...prev, view }, now) : { ...prev, view };
    }
    return gated(withGuidance(emptyState(tabId, view)));
  });
}

export function onTicketMessages(tabId: number, ticketId: string, incoming: ReadMessage[]) {
  return updateState(tabId, async (prev) => {
    if (!prev || prev.view.ticketId !== ticketId) return prev; // a late message from a ticket we left
    const now = Date.now();
    const byId = new Map(prev.messages.map((m, i) => [m.id, i]));
    const folded = new Set((prev.older ?? []).map((o) => o.slice(0, o.indexOf('|'))));
    const messages = [...prev.messages];
    for (const m of incoming) {
      if (folded.has(m.id)) continue; // already counted, long ago
      const i = byId.get(m.id);
      if (i === undefined) {
        byId.set(m.id, messages.length);
        messages.push(clip(m, now));
      } else if (messages[i].text !== m.text.slice(0, STORED_TEXT_CHARS) || messages[i].role !== m.role) {
        messages[i] = { ...clip(m, now), seenAt: messages[i].seenAt };
      }
    }
    return gated(withGuidance(foldOld({ ...prev, messages })), now);
  });
}

/** Keep the newest DETAILED_MESSAGES in full; fold the older ones into a few bytes each. */
function foldOld(s: TabState): TabState {
  const excess = s.messages.length - DETAILED_MESSAGES;
  if (excess <= 0) return s;
  const folded = s.messages.slice(0, excess).map(fold);
  return { ...s, messages: s.messages.slice(excess), older: [...(s.older ?? []), ...folded] };
}

const ROLE = { customer: 'c', agent: 'a', internal: 'i', external: 'e' } as const;
const TONE = { calm: 'c', frustrated: 'f', angry: 'a' } as const;

function fold(m: StoredMessage): OlderMessage {
  const a = m.assessment;
  const mask = a ? FLAG_IDS.reduce((n, f, i) => (a.flags.includes(f) ? n | (1 << i) : n), 0) : 0;
  return `${m.id}|${ROLE[m.role]}|${a ? TONE[a.tone] : ''}|${mask}`;
}

/** The coach's view of a folded message. */
export function unfold(o: OlderMessage): { id: string; role: string; tone: Tone | null; flags: FlagId[] } {
  const [id, r, t, mask] = o.split('|');
  const tone = t === 'c' ? 'calm' : t === 'f' ? 'frustrated' : t === 'a' ? 'angry' : null;
  const n = Number(mask);
  return { id, role: r, tone, flags: FLAG_IDS.filter((_, i) => n & (1 << i)) };
}

/** The agent's draft, checked; only the findings are kept, and only while they are about this ticket. */
export function onDraft(tabId: number, ticketId: string, text: string) {
  const findings = text.trim() ? checkDraft(text.slice(0, MAX_DRAFT_CHARS), { classifier: classifier() }) : [];
  return updateState(tabId, (prev) => {
    if (!prev || prev.view.ticketId !== ticketId) return prev;
    if (JSON.stringify(prev.draft?.findings ?? []) === JSON.stringify(findings)) return prev;
    return { ...prev, draft: { findings, checkedAt: Date.now() } };
  });
}

/** New personal-limit crossings for the tab's ticket (only rewrites the state when they changed). */
/**
 * @param announce a crossing is due again (settings `coach.cooldownSeconds` since it was last announced): the
 *   escalation card is announced as new once more, though it never left the panel
 */
export function onLimits(tabId: number, ticketId: string, limits: LimitCrossing[], announce = false) {
  return updateState(tabId, (prev) => {
    if (!prev || prev.view.ticketId !== ticketId) return prev;
    const same = JSON.stringify(prev.limits ?? []) === JSON.stringify(limits);
    if (same && !announce) return prev;
    const gate = announce && prev.gate ? { ...prev.gate, shown: prev.gate.shown.filter((c) => c.situation !== 'escalation') } : prev.gate;
    return gated(withGuidance({ ...prev, limits, gate }));
  });
}

export function onTabClosed(tabId: number) {
  return updateState(tabId, () => null);
}
