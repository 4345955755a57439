/** The coach's output: which situations hold now, most urgent first. */

export const SITUATIONS = ['physical-threat', 'legal-threat', 'escalation', 'insult', 'vulgarity', 'calming', 'cool-down'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** 0 nothing to do · 1 watch (frustration) · 2 act (abuse, escalation) · 3 serious (threats) */
export type Level = 0 | 1 | 2 | 3;

export interface Guidance {
  level: Level;
  /** most urgent first; empty when the conversation is calm */
  situations: Situation[];
  /** the message ids that put each situation on the list (for "why am I seeing this") */
  because: Partial<Record<Situation, string[]>>;
}

export const NO_GUIDANCE: Guidance = { level: 0, situations: [], because: {} };
