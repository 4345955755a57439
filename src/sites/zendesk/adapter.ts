import type { ItemCache } from '../item-cache.ts';
import { ticketEnded } from '../status.ts';
import { first, textOf, visibleText } from '../text.ts';
import type { Diagnostics, ReadMessage, ReadOutcome, Requester, Role, SiteAdapter, TicketRead } from '../types.ts';
import { TICKET_PATH, Z } from './selectors.ts';

/** The active ticket's id: the URL first, cross-checked with the tab bar (the URL wins if they disagree). */
export function activeTicketId(doc: Document, url: URL): string | null {
  const m = TICKET_PATH.exec(url.pathname);
  if (m) return m[1];
  return first(doc, Z.activeTab)?.getAttribute('data-entity-id') ?? null;
}

/** The log of one ticket, never another open tab's. */
export function findLog(doc: Document, ticketId: string): Element | null {
  for (const sel of Z.paneById(ticketId)) {
    for (const pane of doc.querySelectorAll(sel)) {
      const log = pane.matches(Z.log) ? pane : pane.querySelector(Z.log);
      if (log) return log;
    }
  }
  // No pane carries the id: accept the pane marked active, if it is the only candidate.
  const active = first(doc, Z.activePane);
  return active?.querySelector(Z.log) ?? null;
}

function roleOf(article: Element, bubble: Element): Role | null {
  if (article.querySelector(Z.internalNoteTag)) return 'internal';
  switch (bubble.getAttribute('type')) {
    case 'end-user':
      return 'customer';
    case 'agent':
      return 'agent';
    case 'internal':
      return 'internal';
    default:
      return null; // bots, system events, unknown kinds: not a customer message
  }
}

function userIdFrom(link: Element | null): string | null {
  const href = link?.getAttribute('href') ?? '';
  return /\/users\/(\d+)/.exec(href)?.[1] ?? null;
}

export interface ZendeskItem {
  message: ReadMessage;
  email: boolean;
  userId: string | null;
}

/** Read one conversation item; null for system rows, hidden duplicates and anything without a known role. */
export function readItem(article: Element): ZendeskItem | null {
  const bubble = [...article.querySelectorAll(Z.bubble)].find((b) => b.getAttribute('aria-hidden') !== 'true');
  if (!bubble) return null;
  const role = roleOf(article, bubble);
  if (!role) return null;
  const content = bubble.querySelector(Z.content) ?? bubble;
  const email = content.querySelector(Z.emailBody);
  const text = visibleText(email ?? content);
  const senderEl = article.querySelector(Z.sender);
  const link = article.querySelector(Z.userLink) ?? senderEl?.querySelector('a[href*="/users/"]') ?? null;
  const author = textOf(link ?? senderEl) || null;
  const time = article.querySelector(Z.time)?.getAttribute('datetime') ?? null;
  const id = article.getAttribute('data-comment-id') ?? article.id ?? '';
  return {
    message: { id: id || `${time ?? ''}|${author ?? ''}`, role, author, time, text },
    email: !!email,
    userId: userIdFrom(link),
  };
}

export function itemsOf(log: Element): Element[] {
  const items = log.querySelectorAll(Z.item);
  return [...(items.length ? items : log.querySelectorAll(Z.itemFallback))];
}

export function diagnose(doc: Document, url: URL, ticketId: string | null): Diagnostics {
  const count = (selector: string) => doc.querySelectorAll(selector).length;
  const checks = [
    ...Z.activeTab.map((s) => ({ name: 'active tab', selector: s })),
    ...(ticketId ? Z.paneById(ticketId).map((s) => ({ name: 'ticket pane', selector: s })) : []),
    ...Z.activePane.map((s) => ({ name: 'active pane', selector: s })),
    { name: 'conversation log', selector: Z.log },
    { name: 'message item', selector: Z.item },
    { name: 'message bubble', selector: Z.bubble },
    { name: 'customer bubble', selector: `${Z.bubble}[type="end-user"]` },
    { name: 'message content', selector: Z.content },
    { name: 'composer', selector: Z.editor },
  ].map((c) => ({ ...c, count: count(c.selector) }));
  return { site: 'zendesk', url: `${url.origin}${url.pathname}`, ticketId, checks };
}

export function readTicket(ticketId: string, items: ZendeskItem[], ended = false): TicketRead {
  const customers = items.filter((i) => i.message.role === 'customer');
  const firstCustomer = customers[0];
  const requester: Requester | null = firstCustomer ? { name: firstCustomer.message.author, id: firstCustomer.userId } : null;
  const anyEmail = items.some((i) => i.email);
  return { site: 'zendesk', ticketId, channel: anyEmail ? 'email' : 'messaging', requester, messages: items.map((i) => i.message), ended };
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  editorSelector: Z.editor,
  matchesHost: (h) => h === 'zendesk.com' || h.endsWith('.zendesk.com'),
  ticketIdFromPath: (p) => TICKET_PATH.exec(p)?.[1] ?? null,
  read(doc, url, cache): ReadOutcome {
    const ticketId = activeTicketId(doc, url);
    if (!ticketId) return { status: 'no-ticket' };
    const log = findLog(doc, ticketId);
    if (!log) return { status: 'unreadable', diagnostics: diagnose(doc, url, ticketId) };
    const read = cache ? (el: Element) => (cache as ItemCache<ZendeskItem | null>).get(el, readItem) : readItem;
    const items = itemsOf(log).map(read).filter((x): x is ZendeskItem => x !== null);
    const pane = first(doc, Z.fullPane(ticketId)) ?? log.closest(Z.paneById(ticketId).join(', '));
    return { status: 'ticket', ticket: readTicket(ticketId, items, ticketEnded(pane, Z.status)) };
  },
};
