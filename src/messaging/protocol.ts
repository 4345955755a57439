/**
 * The one protocol between the extension's parts. Every message has a `kind`; the worker routes with one
 * exhaustive switch. Stable kebab-case ids.
 */
import type { Assessment } from '../classify/types.ts';
import type { DraftFinding } from '../coach/draft.ts';
import type { LimitCrossing } from '../coach/facts.ts';
import type { CardShow, SuppressReason } from '../coach/fatigue.ts';
import type { Guidance, Situation } from '../coach/types.ts';
import type { Channel, Diagnostics, ReadMessage, Requester, Role, SiteId } from '../sites/types.ts';

/** What the content script last saw on the page. */
export interface PageView {
  /** one per page load: a reload or a new page starts the ticket's state afresh */
  instance: string;
  site: SiteId;
  url: string;
  status: 'ticket' | 'no-ticket' | 'unreadable';
  ticketId: string | null;
  channel: Channel | null;
  requester: Requester | null;
  /** the ticket shows as solved or closed (TicketRead.ended); absent means no */
  ticketEnded?: boolean;
  diagnostics: Diagnostics | null;
}

export type ContentToBackground =
  /** the page changed what it shows (another ticket, a list view, an unreadable DOM); resets messages on a new ticket */
  | { kind: 'page-view'; view: PageView }
  /** messages of the active ticket that are new or changed since the last send */
  | { kind: 'ticket-messages'; ticketId: string; messages: ReadMessage[] }
  /** heartbeat for personal limits: is the page visible, was the agent active on it lately (see content/activity.ts) */
  | { kind: 'activity'; visible: boolean; active: boolean }
  /** the agent paused while typing a reply on this ticket (content/draft.ts); empty text = nothing to check */
  | { kind: 'draft'; ticketId: string; text: string };

export type UiToBackground =
  | { kind: 'ping' }
  /** put this wording at the end of the reply the agent is writing in that tab */
  | { kind: 'insert-wording'; tabId: number; text: string }
  /** the agent pressed "Not helpful" on a card of that tab: stored per ticket (storage.local), the cards re-gated */
  | { kind: 'not-helpful'; tabId: number; situation: Situation };

/** From the worker to a tab's content script. */
export type BackgroundToContent = { kind: 'insert-text'; text: string };

export interface InsertOutcome {
  ok: boolean;
  /** how it got in: the editor's own API, a paste event; 'none' when it did not */
  method: 'ckeditor' | 'froala' | 'paste' | 'none';
  reason?: string;
}

/** Test builds only (E2E=1): Firefox's WebDriver BiDi cannot navigate to moz-extension:// pages itself. */
export type TestToBackground = { kind: 'e2e-open-panel' };

export type ToBackground = ContentToBackground | UiToBackground | TestToBackground;

/** A message as the worker keeps it (storage.session) and the panel shows it. */
export interface StoredMessage {
  id: string;
  role: Role;
  author: string | null;
  time: string | null;
  /** at most STORED_TEXT_CHARS characters; `truncated` says if more existed */
  text: string;
  truncated: boolean;
  /** customer messages only */
  assessment: (Assessment & { cues: { start: number; end: number; term: string }[] }) | null;
  /** when the worker first saw it (ms since epoch) */
  seenAt: number;
}

export interface TabState {
  version: 1;
  tabId: number;
  view: PageView;
  messages: StoredMessage[];
  /** the oldest messages of a very long ticket, folded (see DETAILED_MESSAGES); absent on most tickets */
  older?: OlderMessage[];
  guidance: Guidance;
  /** what the draft check found in the reply being written (findings only; the draft itself is not kept) */
  draft?: { findings: DraftFinding[]; checkedAt: number };
  /** personal limits this ticket has crossed (src/limits), which the coach turns into the escalation card */
  limits?: LimitCrossing[];
  /** the fatigue gate's decision over `guidance.situations`; absent in states stored by older versions */
  gate?: GateState;
  updatedAt: number;
}

/** Which of the coach's cards to show now, which wait and why (src/coach/fatigue.ts, run by the worker). */
export interface GateState {
  /** cards on screen, most urgent first (the panel renders exactly these) */
  show: Situation[];
  /** appeared in the evaluation that produced this state */
  fresh: Situation[];
  /** listed by the coach but held back: cooldown (until when), not helpful, below the agent's gate */
  held: { situation: Situation; reason: SuppressReason; until: number | null }[];
  /** the gate's memory for the next evaluation */
  shown: CardShow[];
  /** evaluate again at this time (ms since epoch): a held card may appear then */
  recheckAt: number | null;
  /** when this evaluation ran */
  at: number;
}

/** What the panel stores when the agent flags a requester as difficult (storage.local, never sent anywhere). */
export interface FlaggedCustomer {
  site: SiteId;
  /** the helpdesk's requester id, or `name:<name>` when the page shows no id */
  requesterKey: string;
  name: string | null;
  note: string;
  /** ms since epoch */
  at: number;
  /** the ticket it was flagged on */
  ticketId: string | null;
}

/** The helpdesk tag the panel suggests for a flagged requester. */
export const DIFFICULT_TAG = 'calma_difficult_customer';

/** storage.local key of a requester's flag, or null when the page shows neither id nor name. */
export function flagKey(site: SiteId, requester: Requester | null): string | null {
  const k = requesterKeyOf(requester);
  return k === null ? null : `flag:${site}:${k}`;
}
export function requesterKeyOf(requester: Requester | null): string | null {
  if (requester?.id) return requester.id;
  const name = requester?.name?.trim().toLowerCase();
  return name ? `name:${name}` : null;
}
/** storage.session key of the ticked calming checklist items of a ticket. */
export const checksKey = (site: SiteId, ticketId: string) => `checks:${site}:${ticketId}`;

export const STORED_TEXT_CHARS = 8_000;
/** a reply draft longer than this is checked on its first part only (content/draft.ts, the worker enforces it) */
export const MAX_DRAFT_CHARS = 5_000;
/**
 * storage.session holds 10 MB for the whole extension. Beyond this many messages in one ticket, the oldest are
 * folded into `TabState.older`: only what the coach needs (id, role, tone, flags), a few bytes each.
 */
export const DETAILED_MESSAGES = 150;

/** "id|role|tone|flags" — role c/a/i/e, tone c/f/a, flags as a bitmask over FLAG_IDS. */
export type OlderMessage = string;
export const tabKey = (tabId: number) => `tab:${tabId}`;

export function isContentMessage(x: unknown): x is ToBackground {
  if (typeof x !== 'object' || x === null) return false;
  const k = (x as { kind?: unknown }).kind;
  return k === 'page-view' || k === 'ticket-messages' || k === 'activity' || k === 'draft' || k === 'ping' || k === 'insert-wording' || k === 'not-helpful' || (__E2E__ && k === 'e2e-open-panel');
}
