import type { FlagId, Tone } from '../classify/types.ts';
import { NO_GUIDANCE, type Guidance, type Level, type Situation } from './types.ts';

/** A customer message as the coach sees it: no text, only what the classifier found. */
export interface CoachMessage {
  id: string;
  tone: Tone;
  flags: FlagId[];
}

export interface CoachInput {
  /** customer messages of the ticket, oldest first */
  messages: CoachMessage[];
  /** the ticket was solved or closed after the conversation */
  ended?: boolean;
}

/** Abuse and escalation requests stay relevant for the last few customer messages, threats for the whole ticket. */
export const RECENT_WINDOW = 3;

const LEVEL: Record<Situation, Level> = {
  'physical-threat': 3,
  'legal-threat': 3,
  escalation: 2,
  insult: 2,
  vulgarity: 2,
  calming: 1,
  'cool-down': 1,
};

/**
 * The situations that hold now, most urgent first. Calm first is the playbook's rule: when the latest
 * message is frustrated or angry, calming is on the list whatever else is.
 */
export function assess(input: CoachInput): Guidance {
  const msgs = input.messages;
  if (!msgs.length) return NO_GUIDANCE;
  const recent = msgs.slice(-RECENT_WINDOW);
  const latest = msgs[msgs.length - 1];
  const because: Guidance['because'] = {};
  const ids = (list: CoachMessage[], flag: FlagId) => list.filter((m) => m.flags.includes(flag)).map((m) => m.id);

  const found: Situation[] = [];
  const add = (s: Situation, why: string[]) => {
    if (!why.length) return;
    found.push(s);
    because[s] = why;
  };
  if (input.ended) {
    const hostile = msgs.some((m) => m.tone === 'angry' || m.flags.some((f) => f !== 'impatience' && f !== 'escalation_request'));
    if (hostile) add('cool-down', [latest.id]);
    return finish(found, because);
  }
  add('physical-threat', ids(msgs, 'physical_threat'));
  add('legal-threat', ids(msgs, 'legal_threat'));
  add('escalation', ids(recent, 'escalation_request'));
  const insults = ids(recent, 'insult');
  add('insult', insults);
  if (!insults.length) add('vulgarity', ids(recent, 'vulgarity'));
  if (latest.tone !== 'calm') add('calming', [latest.id]);
  return finish(found, because);
}

function finish(found: Situation[], because: Guidance['because']): Guidance {
  const level = found.reduce<Level>((l, s) => (LEVEL[s] > l ? LEVEL[s] : l), 0);
  return { level, situations: found, because };
}
