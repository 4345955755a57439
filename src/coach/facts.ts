/** Shapes the conversation reducer reads and produces. Data only, no logic. */
import type { FlagId, Tone } from '../classify/types.ts';

export type Channel = 'email' | 'messaging';

/** Who wrote a message. Only 'customer' and 'agent' matter to the coach; anything else (internal notes…) is skipped. */
export type MessageRole = 'customer' | 'agent' | 'internal' | 'external' | (string & {});

export interface ConvMessage {
  id: string;
  role: MessageRole;
  /** ms since epoch, or null when the page did not show a time */
  time: number | null;
  /** customer messages: what the classifier found (null/absent: not classified, the message is skipped) */
  tone?: Tone | null;
  flags?: FlagId[];
  /** agent messages: the reply text, read for what the agent already did (asked to stop, apologised…) */
  text?: string;
}

/** A personal limit the agent crossed, computed elsewhere (settings): the coach only names it. */
export interface LimitCrossing {
  limit: 'hostility' | 'time' | 'complexity';
  value: number;
  threshold: number;
  /** the exact limit, e.g. "time.ticketMinutes" (src/limits CHECKED_LIMITS), for the card and the handoff */
  name?: string;
}

export interface ConversationInput {
  /** every message of the ticket, oldest first */
  messages: ConvMessage[];
  channel?: Channel | null;
  /** the ticket was solved or closed */
  ended?: boolean;
  /** only crossings (value >= threshold) count; others are ignored */
  limits?: LimitCrossing[];
  /** ms since epoch, for the time on the ticket; defaults to the last message's time */
  now?: number;
}

/** What an agent reply was found to do (phrase lists in data/agent-acts.ts). */
export type AgentAct = 'acknowledge' | 'ask-to-stop' | 'warn-end' | 'escalate';

/**
 * Where the conversation stands, derived from the facts (see `phaseOf` in conversation.ts):
 * calm → upset → abusive → warned → abuse-after-warning; any of them → calmed (two calm messages after being
 * upset) → calm again after a few more; ended at the end.
 */
export type Phase = 'calm' | 'upset' | 'abusive' | 'warned' | 'abuse-after-warning' | 'calmed' | 'ended';

export type Trend = 'rising' | 'steady' | 'falling';

export interface ConversationFacts {
  phase: Phase;
  channel: Channel | null;
  customerMessages: number;
  /** hostility of each customer message, 0..4 (see `hostilityOf`), oldest first */
  hostility: number[];
  trend: Trend;
  /** some customer message was frustrated or angry, or abusive */
  wasUpset: boolean;
  /** some customer message was angry, abusive or threatening (what makes a cool-down worth it) */
  wasHostile: boolean;
  /** how many customer messages carried each flag, and each tone */
  flagCounts: Record<FlagId, number>;
  toneCounts: Record<Tone, number>;
  /** an agent reply acknowledged or apologised after the customer got upset */
  calmingTried: boolean;
  calmingTriedAt: string | null;
  /** the first agent reply that asked the customer to stop (or warned the conversation would end) */
  warnedAt: string | null;
  /** customer messages with insult or vulgarity after `warnedAt` */
  abuseAfterWarning: string[];
  threats: { legal: string[]; physical: string[] };
  escalation: {
    /** customer messages asking for someone else or someone higher */
    asked: string[];
    /** asked at least twice */
    insisting: boolean;
    /** the agent reply that handed over after the latest request, if any */
    handedOverAt: string | null;
    /** the crossed limits passed in */
    limits: LimitCrossing[];
  };
  /** was upset, and the latest two customer messages are calm and clean */
  calmedDown: boolean;
  ended: boolean;
  /** the earliest message time, and now (or the latest time) minus it */
  startedAt: number | null;
  timeOnTicketMs: number | null;
  /** what each agent reply was found to do, by message id (replies that did nothing listed are absent) */
  agentActs: Record<string, AgentAct[]>;
}
