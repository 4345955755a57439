import { ESCALATION_MIN } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/** Asking to talk to someone else, someone higher, or a human (lexicons/<lang>/escalation.tsv). */
export const escalationRequest = phraseRule({
  flag: 'escalation_request',
  category: 'escalation',
  min: ESCALATION_MIN,
  negationWindow: 5,
  // "I don't want a manager" cancels it; "I can't reach a person" is the request itself
  negationClass: 'refusal',
  // "I don't understand, I need help talking to someone": the "need" is not negated
  negationBarrier: 'ask',
  repeatBoost: true,
  jokes: false,
  reason: 'asks for someone else or someone higher',
});
