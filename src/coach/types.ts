/** The coach's output: which situations hold now, most urgent first, and the facts behind them. */

import type { Channel, ConversationFacts } from './facts.ts';

/**
 * Most urgent first: this order is the order of the cards. `end-conversation` is its own situation (not a stage of
 * the insult/vulgarity cards) because its advice and wording differ: the limit was already set and ignored, so
 * the agent now informs the customer and closes. While it holds, the insult and vulgarity cards are left out.
 * `recognition` is good news (the customer calmed down), so it carries level 0.
 */
export const SITUATIONS = [
  'physical-threat',
  'legal-threat',
  'end-conversation',
  'escalation',
  'insult',
  'vulgarity',
  'calming',
  'recognition',
  'cool-down',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** 0 nothing to do · 1 watch (frustration) · 2 act (abuse, escalation) · 3 serious (threats) */
export type Level = 0 | 1 | 2 | 3;

export interface Guidance {
  level: Level;
  /** most urgent first; empty when the conversation is calm */
  situations: Situation[];
  /** the message ids that put each situation on the list (for "why am I seeing this") */
  because: Partial<Record<Situation, string[]>>;
  /**
   * How pressing each listed situation is right now, 1..3 (may rise while the situation holds: an angry customer
   * makes calming 2, an insisting customer or a crossed limit makes escalation 3). The fatigue gate compares it
   * with the severity a card had when it was marked "not helpful". Absent in states stored by older versions.
   */
  severity?: Partial<Record<Situation, Level>>;
  /** the conversation facts the situations were derived from; absent in states stored by older versions */
  facts?: ConversationFacts;
}

export const NO_GUIDANCE: Guidance = { level: 0, situations: [], because: {} };

export type { Channel, ConversationFacts };
