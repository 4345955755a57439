import type { ItemCache } from './item-cache.ts';

/** What a site adapter reads from a helpdesk ticket page. Shapes match tests/fixtures/pages/*.expected.json. */

export type Role = 'customer' | 'agent' | 'internal' | 'external';
export type Channel = 'email' | 'messaging';
export type SiteId = 'zendesk' | 'freshdesk';

export interface ReadMessage {
  id: string;
  role: Role;
  author: string | null;
  time: string | null;
  text: string;
}

export interface Requester {
  name: string | null;
  id: string | null;
}

export interface TicketRead {
  site: SiteId;
  ticketId: string;
  channel: Channel;
  requester: Requester | null;
  messages: ReadMessage[];
  /** the ticket shows as solved or closed (best effort: false when the page does not say) */
  ended: boolean;
}

/** Which selectors matched what on a page we recognised but could not read (no customer text in it). */
export interface Diagnostics {
  site: SiteId;
  url: string;
  ticketId: string | null;
  checks: { name: string; selector: string; count: number }[];
}

export type ReadOutcome =
  | { status: 'ticket'; ticket: TicketRead }
  /** a helpdesk page that is not a ticket (views, dashboard): nothing to read, nothing to say */
  | { status: 'no-ticket' }
  /** a ticket URL whose DOM we do not recognise: the panel says so and offers the diagnostics */
  | { status: 'unreadable'; diagnostics: Diagnostics };

export interface SiteAdapter {
  id: SiteId;
  /** host check only; cheap, run first so unrecognised pages cost nothing */
  matchesHost(hostname: string): boolean;
  ticketIdFromPath(pathname: string): string | null;
  /** the reply editor the agent types in (for the draft check; inserts go through the MAIN world) */
  editorSelector: string;
  /** `cache` lets the content script skip items that did not change since the last read */
  read(doc: Document, url: URL, cache?: ItemCache<unknown>): ReadOutcome;
}
