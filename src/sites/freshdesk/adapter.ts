import { ticketEnded } from '../status.ts';
import { first, textOf, visibleText } from '../text.ts';
import type { Diagnostics, ReadMessage, ReadOutcome, Requester, Role, SiteAdapter } from '../types.ts';
import { F, TICKET_PATH } from './selectors.ts';

/**
 * External replies (CC'd people) carry BOTH __privatenote and __requestor; a genuine private note has only
 * __privatenote; a public agent reply has neither (and an agent marker inside).
 */
export function roleOf(item: Element, isDescription: boolean): Role {
  const c = item.classList;
  const requestor = c.contains(F.requestor);
  const note = c.contains(F.privateNote);
  if (note && requestor) return 'external';
  if (note) return 'internal';
  if (requestor) return 'customer';
  if (isDescription && !item.querySelector(F.agentMarker)) return 'customer';
  return 'agent';
}

function idOf(item: Element, isDescription: boolean): string {
  if (isDescription) return 'description';
  const note = item.querySelector(F.noteId)?.getAttribute('data-note-id');
  if (note) return note;
  const album = item.querySelector(F.album)?.getAttribute('data-album');
  if (album) return album.slice('note_'.length);
  const conv = item.querySelector('[data-test-id^="conversation-"]')?.getAttribute('data-test-id');
  const m = conv ? /^conversation-(\d+)$/.exec(conv) : null;
  return m ? m[1] : '';
}

function authorOf(item: Element): string | null {
  const el = first(item, F.author);
  if (!el) return null;
  const bold = el.querySelector('b');
  return textOf(bold ?? el) || null;
}

function readItem(item: Element, isDescription: boolean, index: number): ReadMessage & { contactId: string | null } {
  const body = isDescription ? first(item, F.descriptionBody) : first(item, F.body);
  const text = body ? visibleText(body) : '';
  const role = roleOf(item, isDescription);
  const author = authorOf(item);
  const time = item.querySelector(F.time)?.getAttribute('datetime') ?? null;
  const contact = item.querySelector(F.contactLink)?.getAttribute('href') ?? '';
  const id = idOf(item, isDescription) || `item-${index}`;
  return { id, role, author, time, text, contactId: /\/contacts\/(\d+)/.exec(contact)?.[1] ?? null };
}

/** Contact link inside the 2026 shadow-DOM contact panel, if any. */
function contactFromShadow(doc: Document): string | null {
  for (const tag of F.shadowHosts) {
    const host = doc.querySelector(tag);
    const link = host?.shadowRoot?.querySelector(F.contactLink)?.getAttribute('href');
    const m = link ? /\/contacts\/(\d+)/.exec(link) : null;
    if (m) return m[1];
  }
  return null;
}

export function diagnose(doc: Document, url: URL, ticketId: string | null): Diagnostics {
  const checks = [
    { name: 'message item', selector: F.item },
    { name: 'requester item', selector: `.${F.requestor}` },
    ...F.description.map((s) => ({ name: 'description', selector: s })),
    ...F.body.map((s) => ({ name: 'body', selector: s })),
    { name: 'composer', selector: F.editor },
  ].map((c) => ({ ...c, count: doc.querySelectorAll(c.selector).length }));
  return { site: 'freshdesk', url: `${url.origin}${url.pathname}`, ticketId, checks };
}

export const freshdesk: SiteAdapter = {
  id: 'freshdesk',
  editorSelector: F.editor,
  matchesHost: (h) => h === 'freshdesk.com' || h.endsWith('.freshdesk.com'),
  ticketIdFromPath: (p) => TICKET_PATH.exec(p)?.[1] ?? null,
  read(doc, url): ReadOutcome {
    const ticketId = TICKET_PATH.exec(url.pathname)?.[1];
    if (!ticketId) return { status: 'no-ticket' };
    const items = [...doc.querySelectorAll(F.item)].filter((el) => !el.matches(F.replyBox));
    if (!items.length) return { status: 'unreadable', diagnostics: diagnose(doc, url, ticketId) };
    const descEl = first(doc, F.description);
    const read = items.map((el, i) => readItem(el, !!descEl && (el === descEl || el.contains(descEl) || descEl.contains(el)), i));
    const firstCustomer = read.find((m) => m.role === 'customer');
    const requester: Requester | null = firstCustomer
      ? { name: firstCustomer.author, id: firstCustomer.contactId ?? contactFromShadow(doc) }
      : null;
    const messages: ReadMessage[] = read.map(({ contactId: _c, ...m }) => m);
    // one ticket per page in Freshdesk: the status is the page's
    const ended = ticketEnded(doc, F.status);
    return { status: 'ticket', ticket: { site: 'freshdesk', ticketId, channel: 'email', requester, messages, ended } };
  },
};
